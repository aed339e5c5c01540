namespace DxBot.Channels.Line;

/// <summary>The LINE channel's settings, bound from the `Line` section and validated at start.</summary>
public sealed class LineOptions
{
    public const string SectionName = "Line";

    public const string DefaultApiBaseUrl = "https://api.line.me";

    /// <summary>The Messaging API host; tests point it at a fake server.</summary>
    public Uri ApiBaseUrl { get; set; } = new(DefaultApiBaseUrl);

    public const string DefaultDataApiBaseUrl = "https://api-data.line.me";

    /// <summary>The Messaging API's host for content (rich menu images); tests point it at a fake server.</summary>
    public Uri DataApiBaseUrl { get; set; } = new(DefaultDataApiBaseUrl);

    /// <summary>One LINE official account per city id (`Line:Channels:handa:ChannelSecret`...).</summary>
    public Dictionary<string, LineChannelOptions> Channels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How long after the event a reply token is still used; later, the answer is pushed. LINE does not promise
    /// a token's lifetime, so this stays below the minute seen in practice.
    /// </summary>
    public TimeSpan ReplyDeadline { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>
    /// The longest a bot turn may run; a hung turn is cancelled and apologised for, so it cannot block the other
    /// chats of its worker forever.
    /// </summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a turn waits for another instance to finish the same chat's previous turn (with a shared store)
    /// before it runs anyway.
    /// </summary>
    public TimeSpan ConversationLeaseWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A webhook body larger than this is refused (413); LINE's batches are a few kilobytes.</summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The most events read from one webhook body; the rest are dropped with one log line. LINE documents no maximum
    /// and batches a few events at most.
    /// </summary>
    public int MaxEventsPerRequest { get; set; } = 100;

    /// <summary>Events waiting for a worker; beyond it the webhook answers 503 so LINE can redeliver.</summary>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>
    /// Turns run at once; one conversation's turns always run in order on the same worker. A worker waits for LINE's
    /// answers (loading animation, reply) before its next turn, so this bounds calls in flight, not threads: with 4 and
    /// LINE answering in 20 ms, 200 messages/s overflowed the queue (bench/load, `--slow-api-only`).
    /// </summary>
    public int Workers { get; set; } = 64;

    /// <summary>How long a webhookEventId is remembered to drop LINE's redeliveries.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most event ids remembered, so a flood cannot grow memory without bound.</summary>
    public int DeduplicationCapacity { get; set; } = 100_000;

    /// <summary>The loading animation's length (5–60, a multiple of 5); a reply ends it earlier.</summary>
    public int LoadingSeconds { get; set; } = 20;

    /// <summary>
    /// The loading animation is shown only to a turn that has not answered within this; most answers take
    /// milliseconds, and an animation for them would cost LINE a call and the answer a round trip. Zero shows it always.
    /// </summary>
    public TimeSpan LoadingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One HTTP attempt's timeout towards LINE.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public LineRetryOptions Retry { get; set; } = new();

    public LineJournalOptions Journal { get; set; } = new();

    /// <summary>The channel of a city that has a secret (and so a webhook route), by case-insensitive id.</summary>
    public bool TryGetChannel(string city, out string cityId, out LineChannelOptions channel)
    {
        foreach (var (id, candidate) in Channels)
        {
            if (string.Equals(id, city, StringComparison.OrdinalIgnoreCase) && candidate.HasSecret)
            {
                cityId = id;
                channel = candidate;
                return true;
            }
        }

        cityId = string.Empty;
        channel = LineChannelOptions.Empty;
        return false;
    }

    /// <summary>The city ids that get a webhook route.</summary>
    public IEnumerable<string> RoutedCities() => Channels.Where(c => c.Value.HasSecret).Select(c => c.Key).Order(StringComparer.Ordinal);
}
