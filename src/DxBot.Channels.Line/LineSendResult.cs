namespace DxBot.Channels.Line;

/// <summary>The outcome of a Messaging API call: the status, LINE's HTTP status if any, and its error message.</summary>
public sealed record LineSendResult(LineSendStatus Status, int? HttpStatus = null, string? Error = null)
{
    public static LineSendResult Sent { get; } = new(LineSendStatus.Sent);

    public bool IsSent => Status == LineSendStatus.Sent;
}
