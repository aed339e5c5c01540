namespace DxBot.Protocol.Builder;

/// <summary>The code an adapter runs for a turn, after its middleware.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
