using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DxBot.TestServers;

/// <summary>
/// Stands in for the Bot Connector service and Entra ID on loopback: an https endpoint with the client-credentials
/// token endpoint and the v3 conversations API (which only accepts tokens it issued), and a plain http endpoint that
/// plays the Bot Framework Emulator (no token expected). Everything received is recorded.
/// </summary>
internal sealed partial class FakeBotConnector : IAsyncDisposable
{
    public const string AppId = "00000000-1111-2222-3333-444444444444";
    public const string AppPassword = "test-client-secret";
    public const string TenantId = "99999999-8888-7777-6666-555555555555";
    public const string Scope = "https://api.botframework.com/.default";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<PostedActivity> _posted = new();
    private readonly ConcurrentQueue<TokenRequest> _tokenRequests = new();
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _scriptedFailures = new();
    private readonly ConcurrentQueue<string> _scriptedRedirects = new();
    private readonly ConcurrentDictionary<string, (byte[] Bytes, string ContentType)> _files = new();
    private readonly ConcurrentQueue<(string Path, string? Authorization)> _fileRequests = new();
    private int _nextId;

    private FakeBotConnector(WebApplication app) => _app = app;

    public string HttpsBaseUrl { get; private set; } = string.Empty;

    public string HttpBaseUrl { get; private set; } = string.Empty;

    /// <summary>A Teams-like regional service URL (the API lives under its path).</summary>
    public string ServiceUrl => HttpsBaseUrl + "/amer/";

    /// <summary>The Emulator's service URL: plain http on loopback.</summary>
    public string EmulatorServiceUrl => HttpBaseUrl;

    public string TokenEndpoint => $"{HttpsBaseUrl}/{TenantId}/oauth2/v2.0/token";

    /// <summary>The allow-list pattern that admits this fake's https endpoint.</summary>
    public string AllowedServiceUrlPattern => HttpsBaseUrl;

    public IReadOnlyList<PostedActivity> Posted => _posted.ToArray();

    public IReadOnlyList<TokenRequest> TokenRequests => _tokenRequests.ToArray();

    /// <summary>Every GET of a served file: its path and the Authorization header it came with.</summary>
    public IReadOnlyList<(string Path, string? Authorization)> FileRequests => _fileRequests.ToArray();

    /// <summary>
    /// Serves a file sent to the bot, as the connector (<see cref="AttachmentUrl"/>, only with an issued token) and as a
    /// pre-signed download (<see cref="PresignedUrl"/>, no token).
    /// </summary>
    public void ServeFile(string id, byte[] bytes, string contentType) => _files[id] = (bytes, contentType);

    public string AttachmentUrl(string id) => $"{ServiceUrl}v3/attachments/{id}/views/original";

    public string PresignedUrl(string id) => $"{HttpsBaseUrl}/files/{id}?tempauth=signed";

    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(TestCertificate.Certificate));
            k.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        var connector = new FakeBotConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        connector.HttpsBaseUrl = addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal)).TrimEnd('/');
        connector.HttpBaseUrl = addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/');
        return connector;
    }

    /// <summary>Makes the next activity POST fail with this status (and Retry-After), once.</summary>
    public void FailNextPost(int status, string? retryAfter = null) => _scriptedFailures.Enqueue((status, retryAfter));

    /// <summary>The next activity posted is answered 307 to <paramref name="location"/>, as a hijacked connector might.</summary>
    public void RedirectNextPost(string location) => _scriptedRedirects.Enqueue(location);

    public bool IsIssuedToken(string? authorization) =>
        authorization is not null && _tokenRequests.Any(t => authorization == "Bearer " + t.IssuedToken);

    private async Task HandleAsync(HttpContext context)
    {
        var rawPath = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget.Split('?')[0];

        if (HttpMethods.IsPost(context.Request.Method) && TokenPath().Match(rawPath) is { Success: true } tokenMatch)
        {
            await IssueTokenAsync(context, tokenMatch.Groups["tenant"].Value);
            return;
        }

        if (HttpMethods.IsPost(context.Request.Method) && ActivitiesPath().Match(rawPath) is { Success: true } match)
        {
            await RecordActivityAsync(context, match);
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) && (rawPath.StartsWith("/amer/v3/attachments/", StringComparison.Ordinal) || rawPath.StartsWith("/files/", StringComparison.Ordinal)))
        {
            await ServeFileAsync(context, rawPath);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private async Task ServeFileAsync(HttpContext context, string rawPath)
    {
        var authorization = context.Request.Headers.Authorization.Count > 0 ? context.Request.Headers.Authorization.ToString() : null;
        _fileRequests.Enqueue((rawPath, authorization));
        var fromConnector = rawPath.StartsWith("/amer/v3/attachments/", StringComparison.Ordinal);
        var id = fromConnector ? rawPath["/amer/v3/attachments/".Length..].Split('/')[0] : rawPath["/files/".Length..];
        if (fromConnector && !IsIssuedToken(authorization))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!_files.TryGetValue(id, out var file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = file.ContentType;
        await context.Response.Body.WriteAsync(file.Bytes);
    }

    private async Task IssueTokenAsync(HttpContext context, string tenant)
    {
        if (!context.Request.IsHttps)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var form = await context.Request.ReadFormAsync();
        var values = form.ToDictionary(f => f.Key, f => f.Value.ToString());
        if (values.GetValueOrDefault("grant_type") != "client_credentials"
            || values.GetValueOrDefault("client_id") != AppId
            || values.GetValueOrDefault("client_secret") != AppPassword
            || !(values.GetValueOrDefault("scope") ?? string.Empty).Split(' ').Contains(Scope))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new { error = "invalid_client" });
            return;
        }

        var token = $"fake-access-token-{Interlocked.Increment(ref _nextId)}";
        _tokenRequests.Enqueue(new TokenRequest(tenant, values, token));
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = token,
        });
    }

    private async Task RecordActivityAsync(HttpContext context, Match match)
    {
        var authorization = context.Request.Headers.Authorization.Count > 0 ? context.Request.Headers.Authorization.ToString() : null;
        // The real connector only takes tokens from Entra ID; the emulator side takes anything.
        var accepted = !context.Request.IsHttps || IsIssuedToken(authorization);
        using var body = await JsonDocument.ParseAsync(context.Request.Body);

        var posted = new PostedActivity(
            context.Request.Scheme,
            match.Groups["region"].Success ? match.Groups["region"].Value : null,
            Uri.UnescapeDataString(match.Groups["conversation"].Value),
            match.Groups["activity"].Success ? Uri.UnescapeDataString(match.Groups["activity"].Value) : null,
            authorization,
            accepted,
            body.RootElement.Clone());

        if (_scriptedRedirects.TryDequeue(out var location))
        {
            context.Response.Headers.Location = location;
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            return;
        }

        if (_scriptedFailures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            context.Response.StatusCode = failure.Status;
            return;
        }

        _posted.Enqueue(posted);
        if (!accepted)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await context.Response.WriteAsJsonAsync(new { id = $"sent-{Interlocked.Increment(ref _nextId)}" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("^/(?<tenant>[^/]+)/oauth2/v2\\.0/token$")]
    private static partial Regex TokenPath();

    [GeneratedRegex("^(/(?<region>[^/]+))?/v3/conversations/(?<conversation>[^/]+)/activities(/(?<activity>[^/]+))?$")]
    private static partial Regex ActivitiesPath();
}
