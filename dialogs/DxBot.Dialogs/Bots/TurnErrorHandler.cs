using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Topics.Main;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace DxBot.Dialogs.Bots;

/// <summary>
/// What an adapter does when a turn throws, as CoreBot's AdapterWithErrorHandler: log (the exception type and
/// stack, never the user's text), apologise, and clear the conversation's dialog state so the next message starts clean.
/// </summary>
public sealed class TurnErrorHandler(BotAccessors accessors, ILogger<TurnErrorHandler> logger) : ITurnErrorHandler
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        logger.LogError(exception, "Turn failed on channel {ChannelId} ({ExceptionType}).", turnContext.Activity.ChannelId, exception.GetType().Name);
        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(MainStrings.TurnError), CancellationToken.None).ConfigureAwait(false);
            await accessors.ConversationState.ClearStateAsync(turnContext, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception inner)
        {
            logger.LogError(inner, "Could not apologise after a failed turn.");
        }
    }
}
