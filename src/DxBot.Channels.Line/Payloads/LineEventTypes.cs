namespace DxBot.Channels.Line.Payloads;

/// <summary>Webhook event and message type names (webhook.yml Event and MessageContent discriminators).</summary>
public static class LineEventTypes
{
    public const string Message = "message";
    public const string Follow = "follow";
    public const string Unfollow = "unfollow";
    public const string Postback = "postback";
    public const string Unsend = "unsend";
    public const string Join = "join";
    public const string Leave = "leave";
    public const string MemberJoined = "memberJoined";
    public const string MemberLeft = "memberLeft";

    public const string TextMessage = "text";

    /// <summary>The channel is in standby (another module answers): the bot must stay silent.</summary>
    public const string StandbyMode = "standby";
}
