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
        // Only the type and stack: an exception's message may quote what the user typed.
        logger.LogError("Turn failed on channel {ChannelId}: {ExceptionType}\n{StackTrace}", turnContext.Activity.ChannelId, exception.GetType().FullName, exception.StackTrace);
        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(MainStrings.TurnError), CancellationToken.None).ConfigureAwait(false);
            await accessors.ConversationState.ClearStateAsync(turnContext, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception inner)
        {
            logger.LogError("Could not apologise after a failed turn: {ExceptionType}", inner.GetType().FullName);
        }
    }
}
