namespace DxBot.Channels.Line;

/// <summary>
/// One city's LINE official account (its Messaging API channel). A class, not a record, so that no generated
/// ToString can ever write the secrets into a log.
/// </summary>
public sealed class LineChannelOptions
{
    internal static readonly LineChannelOptions Empty = new();

    /// <summary>Signs LINE's webhooks (Basic settings → Channel secret).</summary>
    public string? ChannelSecret { get; set; }

    /// <summary>Authorises our calls (Messaging API → Channel access token, long-lived).</summary>
    public string? ChannelAccessToken { get; set; }

    internal bool HasSecret => !string.IsNullOrWhiteSpace(ChannelSecret);

    public override string ToString() => $"LineChannelOptions {{ HasSecret = {HasSecret}, HasAccessToken = {!string.IsNullOrWhiteSpace(ChannelAccessToken)} }}";
}
