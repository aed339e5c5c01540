namespace DxBot.Channels.Line.Payloads;

/// <summary>The body of a multicast call (messaging-api.yml MulticastRequest): at most 500 user ids.</summary>
public sealed record LineMulticastRequest(IReadOnlyList<string> To, IReadOnlyList<LineMessage> Messages)
{
    public const int MaxRecipients = 500;

    // The user ids are personal data: never in a log line.
    public override string ToString() => $"LineMulticastRequest {{ Recipients = {To.Count}, Messages = {Messages.Count} }}";
}
