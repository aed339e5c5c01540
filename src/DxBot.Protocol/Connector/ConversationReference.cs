using DxBot.Protocol.Schema;

namespace DxBot.Protocol.Connector;

/// <summary>What the bot keeps of a conversation to message it later (proactively), as in the Activity schema.</summary>
public sealed record ConversationReference(string ServiceUrl, ConversationAccount Conversation)
{
    public string? ChannelId { get; init; }

    public ChannelAccount? Bot { get; init; }

    public ChannelAccount? User { get; init; }

    public string? ActivityId { get; init; }

    public string? Locale { get; init; }

    /// <summary>The reference of the conversation an incoming activity belongs to.</summary>
    public static ConversationReference FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.ServiceUrl) || activity.Conversation is null)
        {
            throw new ArgumentException("The activity has no serviceUrl or conversation.", nameof(activity));
        }

        return new ConversationReference(activity.ServiceUrl, activity.Conversation)
        {
            ChannelId = activity.ChannelId,
            Bot = activity.Recipient,
            User = activity.From,
            ActivityId = activity.Id,
            Locale = activity.Locale,
        };
    }
}
