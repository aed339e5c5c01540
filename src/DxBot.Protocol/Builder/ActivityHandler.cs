using DxBot.Protocol.Schema;

namespace DxBot.Protocol.Builder;

/// <summary>Dispatches a turn by activity type, with the same virtual methods as Bot Builder's ActivityHandler.</summary>
public class ActivityHandler : IBot
{
    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => OnInvokeActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Event => OnEventActivityAsync(turnContext, cancellationToken),
            ActivityTypes.MessageReaction => OnMessageReactionActivityAsync(turnContext, cancellationToken),
            _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
        };
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var added = activity.MembersAdded?.Where(m => m.Id != activity.Recipient?.Id).ToList();
        return added is { Count: > 0 } ? OnMembersAddedAsync(added, turnContext, cancellationToken) : Task.CompletedTask;
    }

    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
