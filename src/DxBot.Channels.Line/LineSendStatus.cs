namespace DxBot.Channels.Line;

/// <summary>How a call to the Messaging API ended, after retries.</summary>
public enum LineSendStatus
{
    /// <summary>LINE accepted it (for a push, possibly on an earlier attempt: 409 with the same retry key).</summary>
    Sent,

    /// <summary>The reply token was used, expired or unknown: the answer must be pushed.</summary>
    InvalidReplyToken,

    /// <summary>429, 5xx or no response, still after the retries: LINE may work again later.</summary>
    TransientFailure,

    /// <summary>Any other refusal (bad request, bad access token...): sending it again would fail the same way.</summary>
    Rejected,
}
