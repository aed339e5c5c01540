using System.Collections;
using Microsoft.Extensions.Logging;

namespace DxBot.Protocol.Diagnostics;

/// <summary>
/// The logging scope of one turn: every log line written while it is open carries the turn's correlation id, the
/// channel and the city. Never a user id: the turn id is the channel's event or activity id, or a new GUID.
/// </summary>
public sealed record TurnLogScope(string TurnId, string Channel, string City) : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>The city value when the channel is not bound to one.</summary>
    public const string NoCity = "none";

    public int Count => 3;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new(nameof(TurnId), TurnId),
        1 => new(nameof(Channel), Channel),
        2 => new(nameof(City), City),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <summary>Opens the scope on <paramref name="logger"/>; scopes flow with the async context to every logger of the factory.</summary>
    public static IDisposable? Begin(ILogger logger, string? turnId, string? channel, string? city)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var scope = new TurnLogScope(
            // The id is the sender's (LINE's webhookEventId, Teams' activity id): cleaned like any string it wrote.
            string.IsNullOrEmpty(turnId) ? Guid.NewGuid().ToString("D") : LogText.Clean(turnId),
            string.IsNullOrEmpty(channel) ? "unknown" : channel,
            string.IsNullOrEmpty(city) ? NoCity : city);
        return logger.BeginScope(scope);
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The simple console formatter prints a scope with ToString.
    public override string ToString() => $"TurnId:{TurnId} Channel:{Channel} City:{City}";
}
