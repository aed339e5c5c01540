using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DxBot.Protocol.Authentication;
using DxBot.Protocol.Diagnostics;
using DxBot.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace DxBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST calls the bot makes (v3 conversations API). Every call checks the service URL against the
/// allow-list before a token is even requested, so the bot's credentials never leave for an untrusted host.
/// </summary>
public sealed class ConnectorClient
{
    private const int MaxAttempts = 3;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ServiceUrlPolicy _policy;
    private readonly IBotTokenProvider? _tokenProvider;
    private readonly ILogger<ConnectorClient> _logger;
    private readonly DxBotMetrics? _metrics;

    /// <param name="tokenProvider">The bot's credentials; null in emulator mode, where requests carry no token.</param>
    /// <param name="metrics">Counts failed calls in `dxbot.connector.api.errors`; optional so tools and tests can do without.</param>
    public ConnectorClient(IHttpClientFactory httpClientFactory, ServiceUrlPolicy policy, IBotTokenProvider? tokenProvider, ILogger<ConnectorClient> logger, DxBotMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClientFactory = httpClientFactory;
        _policy = policy;
        _tokenProvider = tokenProvider;
        _logger = logger;
        _metrics = metrics;
    }

    public ServiceUrlPolicy Policy => _policy;

    /// <summary><c>POST /v3/conversations/{conversationId}/activities/{activityId}</c>: a reply in the thread of an activity.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        return PostActivityAsync(serviceUrl, path, activity, cancellationToken);
    }

    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c>: a new message in the conversation (proactive).</summary>
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return PostActivityAsync(serviceUrl, path, activity, cancellationToken);
    }

    /// <summary>
    /// GET an attachment the connector holds for the bot (Teams' <c>contentUrl</c> of a file or image sent to it), with
    /// the bot's token, into <paramref name="destination"/>. The URL itself must be on the allow-list: the token never
    /// goes anywhere a reply could not. Returns false, with the copy incomplete, when it is longer than
    /// <paramref name="maxBytes"/>; a refusal by the connector is an <see cref="HttpRequestException"/>.
    /// </summary>
    public async Task<bool> DownloadAttachmentAsync(Uri contentUrl, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentUrl);
        ArgumentNullException.ThrowIfNull(destination);
        if (!contentUrl.IsAbsoluteUri || !_policy.IsAllowed(contentUrl))
        {
            throw UntrustedServiceUrlException.For(contentUrl.IsAbsoluteUri ? contentUrl.GetLeftPart(UriPartial.Authority) : "(relative)");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, contentUrl);
        if (_tokenProvider is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokenProvider.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false));
        }

        var client = _httpClientFactory.CreateClient(BotFrameworkHttpClients.Connector);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            _metrics?.ConnectorError("attachment", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            throw new HttpRequestException($"The Bot Connector answered {(int)response.StatusCode} for an attachment.", inner: null, statusCode: response.StatusCode);
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return false;
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                return false;
            }

            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async Task<ResourceResponse> PostActivityAsync(string serviceUrl, string path, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var serviceUri) || !_policy.IsAllowed(serviceUri))
        {
            throw UntrustedServiceUrlException.For(serviceUrl);
        }

        // serviceUrl may carry a path (https://smba.trafficmanager.net/amer/); the API is relative to it.
        var requestUri = new Uri(serviceUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + path);
        var token = _tokenProvider is null ? null : await _tokenProvider.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        var client = _httpClientFactory.CreateClient(BotFrameworkHttpClients.Connector);

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, requestUri)
            {
                Content = JsonContent.Create(activity, options: ProtocolJson.Options),
            };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            HttpResponseMessage sent;
            try
            {
                sent = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // HttpClient reports its own timeout as a cancellation; the caller's cancellation is not a failure.
                _metrics?.ConnectorError(Operation(path), ex is HttpRequestException ? "network" : "timeout");
                throw;
            }

            using var response = sent;
            if (response.IsSuccessStatusCode)
            {
                return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
            }

            // 429 and 503 mean the activity was not taken, so sending it again cannot duplicate it.
            if (attempt < MaxAttempts && response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                var delay = RetryDelay(response, attempt);
                _logger.LogWarning("The connector answered {Status} for {Path}; retrying in {Delay}.", (int)response.StatusCode, path, delay);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // The body may quote the activity it refused: masked like any text the bot does not control.
            var detail = LogRedaction.Mask(await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false));
            _metrics?.ConnectorError(Operation(path), ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            _logger.LogError("The connector refused an activity: {Status} {Detail}", (int)response.StatusCode, detail);
            throw new HttpRequestException(
                $"The Bot Connector answered {(int)response.StatusCode} {response.ReasonPhrase} for POST {path}.",
                inner: null,
                statusCode: response.StatusCode);
        }
    }

    // A tag value from the route, never the ids in the path.
    private static string Operation(string path) => path.EndsWith("/activities", StringComparison.Ordinal) ? "send" : "reply";

    private static TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        var delay = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.FromSeconds(attempt));
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Teams answers an activity it split in two (text and card) with an empty body.
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ResourceResponse(null);
        }

        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(body, ProtocolJson.Options) ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            return new ResourceResponse(null);
        }
    }

    private static async Task<string> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return body.Length > 512 ? body[..512] : body;
    }
}
