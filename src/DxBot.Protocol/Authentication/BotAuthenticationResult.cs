using System.Security.Claims;

namespace DxBot.Protocol.Authentication;

/// <summary>The outcome of authenticating a request to the bot.</summary>
public sealed record BotAuthenticationResult
{
    private BotAuthenticationResult()
    {
    }

    public bool Succeeded { get; private init; }

    /// <summary>Why authentication failed, for logs (never echoed to the caller).</summary>
    public string? FailureReason { get; private init; }

    /// <summary>The validated token's claims; null for anonymous (emulator) requests.</summary>
    public ClaimsIdentity? Identity { get; private init; }

    /// <summary>The channel ids the signing key is endorsed for; null when the key lists none.</summary>
    public IReadOnlyList<string>? Endorsements { get; private init; }

    /// <summary>True for an unauthenticated request accepted in emulator mode.</summary>
    public bool IsAnonymous { get; private init; }

    public static BotAuthenticationResult Authenticated(ClaimsIdentity identity, IReadOnlyList<string>? endorsements) =>
        new() { Succeeded = true, Identity = identity, Endorsements = endorsements };

    public static BotAuthenticationResult Anonymous() => new() { Succeeded = true, IsAnonymous = true };

    public static BotAuthenticationResult Failed(string reason) => new() { Succeeded = false, FailureReason = reason };
}
