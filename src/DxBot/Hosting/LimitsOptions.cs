namespace DxBot.Hosting;

/// <summary>
/// What one client may cost the service (configuration section <c>Limits</c>): Kestrel's connection and request
/// limits, requests per remote address on each public endpoint, and turns per user. Validated at start.
/// </summary>
public sealed class LimitsOptions
{
    public const string SectionName = "Limits";

    /// <summary>Open connections at once; beyond it Kestrel refuses new ones (many idle clients cannot starve the rest).</summary>
    public long MaxConcurrentConnections { get; set; } = 1000;

    /// <summary>How long a client may take to send its request headers (slowloris).</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long an idle keep-alive connection is held.</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The slowest a request body may arrive, after <see cref="MinRequestBodyGracePeriod"/>; slower clients are dropped.</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    public TimeSpan MinRequestBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest request body Kestrel reads (LINE's webhook has its own, smaller, limit).</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The window the request and turn limits below count in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// LINE webhook requests per remote address and window. Generous: LINE's servers are few addresses carrying every
    /// resident's messages; the signature check, not this, keeps strangers out.
    /// </summary>
    public int WebhookRequestsPerWindow { get; set; } = 6000;

    /// <summary>Bot Framework requests (<c>/api/messages</c>) per remote address and window; the connector, like LINE, is few addresses.</summary>
    public int MessagesRequestsPerWindow { get; set; } = 6000;

    /// <summary><c>/admin/*</c> requests per remote address and window: a person with a key needs few, a key guesser many.</summary>
    public int AdminRequestsPerWindow { get; set; } = 60;

    /// <summary>
    /// Answers of 401 (bad LINE signature, bad token, wrong admin key) per remote address and window; past it the
    /// address gets 429 until the window ends. Behind a reverse proxy, enable forwarded headers, or every client shares
    /// the proxy's address and one guesser blocks them all.
    /// </summary>
    public int FailedAuthenticationsPerWindow { get; set; } = 60;

    /// <summary>
    /// Turns (messages) per user and window. Past it the user is told once to wait, and further messages in the window
    /// are dropped without running the bot.
    /// </summary>
    public int TurnsPerWindowPerUser { get; set; } = 20;

    /// <summary>
    /// Whether the pages of read-only file mappings (assemblies, native libraries, MeCab's dictionary) are taken out of
    /// the process's resident memory once the start-up build has ended and every 30 s (<see cref="MappedFileTrimmer"/>):
    /// what start-up alone read there was most of the 1× bot's 122 MiB of file-backed RSS. <c>false</c> leaves them
    /// mapped, as before.
    /// </summary>
    public bool TrimFileMappings { get; set; } = true;
}
