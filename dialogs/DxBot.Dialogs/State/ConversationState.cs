using DxBot.Protocol.Builder;

namespace DxBot.Dialogs.State;

/// <summary>State shared by everyone in a conversation: the dialog stack and the topic in progress.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return $"{activity.ChannelId}/conversations/{activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.")}";
    }
}
