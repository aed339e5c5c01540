using DxBot.Protocol.Builder;
using Microsoft.Extensions.Logging;

namespace DxBot.Dialogs.State;

/// <summary>State shared by everyone in a conversation: the dialog stack and the topic in progress.</summary>
public sealed class ConversationState(IStorage storage, ILogger<ConversationState>? logger = null) : BotState(storage, nameof(ConversationState), logger)
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var conversation = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.");

        // Kept per city where the channel binds one: the official accounts under one LINE provider see one person with
        // one user id, and a question left open in one city's chat must not take over another city's.
        return turnContext.TurnState.TryGetValue(TurnStateKeys.BoundCity, out var bound) && bound is string { Length: > 0 } city
            ? $"{activity.ChannelId}/{city}/conversations/{conversation}"
            : $"{activity.ChannelId}/conversations/{conversation}";
    }
}
