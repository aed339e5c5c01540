using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DxBot.Channels.Line.Payloads;
using DxBot.Protocol.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;

namespace DxBot.Channels.Line;

/// <summary>
/// The calls this bot makes to the Messaging API (reply, push, loading animation, rich menu), as a typed HttpClient.
/// 429, 5xx and timeouts are retried with exponential backoff (Polly); a push carries one X-Line-Retry-Key over
/// all its attempts so LINE delivers it once, as LINE's "Retrying a failed API request" asks.
/// </summary>
public sealed class LineMessagingClient
{
    public const string ReplyPath = "v2/bot/message/reply";
    public const string PushPath = "v2/bot/message/push";
    public const string LoadingPath = "v2/bot/chat/loading/start";
    public const string RetryKeyHeader = "X-Line-Retry-Key";
    public const string MulticastPath = "v2/bot/message/multicast";
    public const string QuotaPath = "v2/bot/message/quota";
    public const string QuotaConsumptionPath = "v2/bot/message/quota/consumption";
    public const string RichMenuPath = "v2/bot/richmenu";
    public const string DefaultRichMenuPath = "v2/bot/user/all/richmenu";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    // The absolute addresses of the calls made per event, per base address instance (the channel's registration gives
    // every client the same one): HttpClient otherwise combined the base and a relative URI at every call.
    private static readonly ConditionalWeakTable<Uri, Dictionary<string, Uri>> Addresses = new();

    private readonly HttpClient _http;
    private readonly LineMetrics _metrics;
    private readonly ILogger<LineMessagingClient> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _reply;
    private readonly ResiliencePipeline<HttpResponseMessage> _push;

    public LineMessagingClient(HttpClient http, LineRetryPipelines pipelines, LineMetrics metrics, ILogger<LineMessagingClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(pipelines);
        _http = http;
        _metrics = metrics;
        _logger = logger;
        _reply = pipelines.Reply;
        _push = pipelines.Push;
    }

    public Task<LineSendResult> ReplyAsync(string accessToken, string replyToken, IReadOnlyList<LineMessage> messages, CancellationToken cancellationToken) =>
        SendAsync("reply", ReplyPath, new LineReplyMessageRequest(replyToken, messages), accessToken, retryKey: null, _reply, cancellationToken);

    /// <summary>Pushes to a user, group or room; the same <paramref name="retryKey"/> must be used for the same answer.</summary>
    public Task<LineSendResult> PushAsync(string accessToken, string to, IReadOnlyList<LineMessage> messages, Guid retryKey, CancellationToken cancellationToken) =>
        SendAsync("push", PushPath, new LinePushMessageRequest(to, messages), accessToken, retryKey.ToString("D"), _push, cancellationToken);

    /// <summary>Sends the same messages to up to 500 users; the same <paramref name="retryKey"/> must be used for the same batch.</summary>
    public Task<LineSendResult> MulticastAsync(string accessToken, IReadOnlyList<string> to, IReadOnlyList<LineMessage> messages, Guid retryKey, CancellationToken cancellationToken) =>
        SendAsync("multicast", MulticastPath, new LineMulticastRequest(to, messages), accessToken, retryKey.ToString("D"), _push, cancellationToken);

    /// <summary>
    /// Messages the account may still send this month (each recipient of a push or multicast counts), or null when
    /// its plan sets no limit or LINE did not say.
    /// </summary>
    public async Task<long?> GetRemainingQuotaAsync(string accessToken, CancellationToken cancellationToken)
    {
        var (quota, quotaBody) = await SendCoreAsync("quota", HttpMethod.Get, new Uri(QuotaPath, UriKind.Relative), body: null, contentType: null, accessToken, retryKey: null,
            _push, cancellationToken, readAnswer: true).ConfigureAwait(false);
        if (!quota.IsSent || quotaBody is null || JsonSerializer.Deserialize<LineQuotaResponse>(quotaBody, LineJson.Options) is not { Type: "limited", Value: { } limit })
        {
            return null;
        }

        var (usage, usageBody) = await SendCoreAsync("quota", HttpMethod.Get, new Uri(QuotaConsumptionPath, UriKind.Relative), body: null, contentType: null, accessToken,
            retryKey: null, _push, cancellationToken, readAnswer: true).ConfigureAwait(false);
        return usage.IsSent && usageBody is not null && JsonSerializer.Deserialize<LineQuotaConsumptionResponse>(usageBody, LineJson.Options) is { } used
            ? Math.Max(0, limit - used.TotalUsage)
            : null;
    }

    /// <summary>Shows "typing" dots in a 1:1 chat until the answer arrives; not retried, as a late animation is useless.</summary>
    public Task<LineSendResult> ShowLoadingAnimationAsync(string accessToken, string userId, int loadingSeconds, CancellationToken cancellationToken) =>
        SendAsync("loading", LoadingPath, new LineShowLoadingAnimationRequest(userId, loadingSeconds), accessToken, retryKey: null, ResiliencePipeline<HttpResponseMessage>.Empty, cancellationToken);

    /// <summary>Creates a rich menu (its image comes next, through <see cref="SetRichMenuImageAsync"/>); not retried, as a retry could create a second menu.</summary>
    public async Task<LineRichMenuResult> CreateRichMenuAsync(string accessToken, LineRichMenuRequest richMenu, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(richMenu, LineJson.Options);
        var (result, body) = await SendCoreAsync("richmenu", HttpMethod.Post, new Uri(RichMenuPath, UriKind.Relative), json, JsonContentType, accessToken, retryKey: null,
            ResiliencePipeline<HttpResponseMessage>.Empty, cancellationToken, readAnswer: true).ConfigureAwait(false);
        if (!result.IsSent)
        {
            return new LineRichMenuResult(result, null);
        }

        var id = body is null ? null : JsonSerializer.Deserialize<LineRichMenuIdResponse>(body, LineJson.Options)?.RichMenuId;
        return id is null ? new LineRichMenuResult(new LineSendResult(LineSendStatus.Rejected, Error: "no richMenuId in the answer"), null) : new LineRichMenuResult(result, id);
    }

    /// <summary>
    /// Uploads a rich menu's image (PNG or JPEG, the menu's size, at most 1 MB) to the data host
    /// (<paramref name="dataApiBaseUrl"/>, api-data.line.me), not to the API host the client is bound to.
    /// </summary>
    public async Task<LineSendResult> SetRichMenuImageAsync(string accessToken, Uri dataApiBaseUrl, string richMenuId, byte[] image, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataApiBaseUrl);
        var baseUrl = dataApiBaseUrl.AbsoluteUri.EndsWith('/') ? dataApiBaseUrl.AbsoluteUri : dataApiBaseUrl.AbsoluteUri + "/";
        var address = new Uri(new Uri(baseUrl), $"{RichMenuPath}/{Uri.EscapeDataString(richMenuId)}/content");
        var (result, _) = await SendCoreAsync("richmenu-image", HttpMethod.Post, address, image, new MediaTypeHeaderValue(contentType), accessToken, retryKey: null, _push, cancellationToken)
            .ConfigureAwait(false);
        return result;
    }

    /// <summary>Makes a rich menu the one every user of the account sees unless linked to another.</summary>
    public async Task<LineSendResult> SetDefaultRichMenuAsync(string accessToken, string richMenuId, CancellationToken cancellationToken)
    {
        var (result, _) = await SendCoreAsync("richmenu-default", HttpMethod.Post, new Uri($"{DefaultRichMenuPath}/{Uri.EscapeDataString(richMenuId)}", UriKind.Relative),
            body: null, contentType: null, accessToken, retryKey: null, _push, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task<LineSendResult> SendAsync(
        string operation,
        string path,
        object body,
        string accessToken,
        string? retryKey,
        ResiliencePipeline<HttpResponseMessage> pipeline,
        CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), LineJson.Options);
        var (result, _) = await SendCoreAsync(operation, HttpMethod.Post, AddressOf(path), json, JsonContentType, accessToken, retryKey, pipeline, cancellationToken)
            .ConfigureAwait(false);
        return result;
    }

    /// <summary>The call's absolute address under the client's base address (relative when it has none).</summary>
    private Uri AddressOf(string path)
    {
        if (_http.BaseAddress is not { IsAbsoluteUri: true } baseAddress)
        {
            return new Uri(path, UriKind.Relative);
        }

        var byPath = Addresses.GetValue(baseAddress, static b => new Dictionary<string, Uri>
        {
            [ReplyPath] = new Uri(b, ReplyPath),
            [PushPath] = new Uri(b, PushPath),
            [LoadingPath] = new Uri(b, LoadingPath),
            [MulticastPath] = new Uri(b, MulticastPath),
        });
        return byPath.TryGetValue(path, out var address) ? address : new Uri(baseAddress, path);
    }

    /// <summary>One call with its retries; the answer's body is read only for a successful call that needs it.</summary>
    private async Task<(LineSendResult Result, string? Body)> SendCoreAsync(
        string operation,
        HttpMethod method,
        Uri address,
        byte[]? body,
        MediaTypeHeaderValue? contentType,
        string accessToken,
        string? retryKey,
        ResiliencePipeline<HttpResponseMessage> pipeline,
        CancellationToken cancellationToken,
        bool readAnswer = false)
    {
        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(
                async token =>
                {
                    // A request message cannot be sent twice; each attempt gets its own.
                    using var request = new HttpRequestMessage(method, address)
                    {
                        Content = body is null ? null : new ByteArrayContent(body) { Headers = { ContentType = contentType } },
                    };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
                    if (retryKey is not null)
                    {
                        request.Headers.TryAddWithoutValidation(RetryKeyHeader, retryKey);
                    }

                    return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTransientException(ex, cancellationToken))
        {
            _metrics.ApiError(operation, ex is HttpRequestException ? "network" : "timeout");
            return (new LineSendResult(LineSendStatus.TransientFailure, Error: ex.GetType().Name), null);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                // Only some calls answer something the bot needs (a rich menu id, the quota); a reply's sentMessages are not read.
                var answer = readAnswer
                    ? await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)
                    : null;
                return (LineSendResult.Sent, answer);
            }

            // 409 answers a retry key LINE already accepted: the push went out on an earlier attempt.
            if (response.StatusCode == HttpStatusCode.Conflict && retryKey is not null)
            {
                return (LineSendResult.Sent, null);
            }

            var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
            var properties = string.Join(", ", error?.Details?.Select(d => d.Property).OfType<string>() ?? []);
            _metrics.ApiError(operation, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // LINE's message may quote the request (a user id in `to`): masked like any text the bot does not control.
            LineLog.ApiRefused(_logger, operation, status, LogRedaction.Mask(error?.Message), properties);

            if (response.StatusCode == HttpStatusCode.BadRequest && operation == "reply"
                && error?.Message?.Contains("reply token", StringComparison.OrdinalIgnoreCase) == true)
            {
                return (new LineSendResult(LineSendStatus.InvalidReplyToken, status, error.Message), null);
            }

            return (new LineSendResult(IsTransientStatus(status) ? LineSendStatus.TransientFailure : LineSendStatus.Rejected, status, error?.Message), null);
        }
    }

    internal static bool IsTransientStatus(int status) => status == 429 || status >= 500;

    // HttpClient reports its own timeout as a cancellation; only the caller's cancellation is final.
    internal static bool IsTransientException(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static async Task<LineErrorResponse?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<LineErrorResponse>(LineJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}
