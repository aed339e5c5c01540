namespace DxBot.Protocol.Builder;

/// <summary>The bot's logic for one turn, as in Bot Builder.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
