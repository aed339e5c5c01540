using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DxBot.Protocol.Builder;
using DxBot.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>
/// The real DxBot host (its Program) on Kestrel at 127.0.0.1, with LINE pointed at a <see cref="FakeLineApi"/>,
/// so webhooks come in and API calls go out over real HTTP.
/// </summary>
internal sealed class LineBotHost : WebApplicationFactory<Program>
{
    public static readonly IReadOnlyDictionary<string, (string Secret, string Token)> Cities = new Dictionary<string, (string, string)>
    {
        ["handa"] = ("handa-channel-secret-5f1c", "handa-access-token-8d2e"),
        ["goshogawara"] = ("goshogawara-channel-secret-a41b", "goshogawara-access-token-7c9d"),
    };

    /// <summary>A city with an access token but no secret: it must get no route.</summary>
    public const string CityWithoutSecret = "omaezaki";

    public const int MaxBodyBytes = 64 * 1024;

    private readonly FakeLineApi _lineApi;
    private readonly EchoTestBot? _testBot;
    private readonly TimeSpan? _turnTimeout;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "dxbot-line-tests-" + Guid.NewGuid().ToString("N"));
    private readonly string _journalPath = Path.Combine(Path.GetTempPath(), "dxbot-line-journal-" + Guid.NewGuid().ToString("N"));
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "dxbot-line-data-" + Guid.NewGuid().ToString("N"));
    private HttpClient? _client;

    /// <param name="settings">More configuration (e.g. a shared Redis, Telemetry:Exporter), applied after the LINE settings.</param>
    /// <param name="configureServices">Test services (a FakeTimeProvider, trust in the fakes' certificate), applied last.</param>
    public LineBotHost(FakeLineApi lineApi, EchoTestBot? testBot, TimeSpan? turnTimeout = null, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        _configureServices = configureServices;
        _settings = settings ?? new Dictionary<string, string?>();
        _lineApi = lineApi;
        _testBot = testBot;
        _turnTimeout = turnTimeout;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public CapturedLogs Logs { get; } = new();

    public HttpClient Client => _client ??= CreateWebhookClient();

    public Task<HttpResponseMessage> PostWebhookAsync(string city, string body, string? signature) =>
        PostWebhookAsync(city, new ByteArrayContent(Encoding.UTF8.GetBytes(body)), signature);

    public async Task<HttpResponseMessage> PostWebhookAsync(string city, HttpContent content, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/line/" + city) { Content = content };
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Line-Signature", signature);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Posts a body signed with the city's secret, as LINE does.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string city, string body) =>
        PostWebhookAsync(city, body, LineSignatureVerifier.Sign(Encoding.UTF8.GetBytes(body), Cities[city].Secret));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Line:ApiBaseUrl", _lineApi.BaseUrl.ToString());
        foreach (var (city, (secret, token)) in Cities)
        {
            builder.UseSetting($"Line:Channels:{city}:ChannelSecret", secret);
            builder.UseSetting($"Line:Channels:{city}:ChannelAccessToken", token);
        }

        builder.UseSetting($"Line:Channels:{CityWithoutSecret}:ChannelAccessToken", "omaezaki-access-token");
        builder.UseSetting("Line:MaxRequestBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Line:LoadingDelay", "00:00:00.200");
        builder.UseSetting("Line:Retry:MaxAttempts", "3");
        builder.UseSetting("Line:Retry:BaseDelay", "00:00:00.010");
        builder.UseSetting("Line:Retry:MaxDelay", "00:00:00.050");
        if (_turnTimeout is { } turnTimeout)
        {
            builder.UseSetting("Line:TurnTimeout", turnTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.UseSetting("Knowledge:Folders:0", TestPaths.KnowledgeFolder);
        builder.UseSetting("Knowledge:IndexPath", _indexPath);
        // The first message waits up to a minute, the option's bound, for the first index: at a load of 27 the 10 s default
        // was passed and real-bot tests got 「ただいま準備中です」 (StartupTests covers that reply).
        builder.UseSetting("Knowledge:StartupAnswerWait", "00:01:00");
        // A journal of its own: what one test's host leaves unanswered must not be answered by the next test's.
        builder.UseSetting("Line:Journal:Folder", _journalPath);
        foreach (var (key, value) in ScratchDatabase.Settings(_dataPath))
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("Logging:LogLevel:Default", "Debug");
        builder.UseSetting("Logging:LogLevel:DxBot", "Trace");
        builder.UseSetting("Logging:LogLevel:System.Net.Http", "Trace");
        builder.UseSetting("Logging:LogLevel:System.Net.Http.HttpClient", "Trace");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            if (_testBot is not null)
            {
                services.RemoveAll<IBot>();
                services.AddSingleton<IBot>(_testBot);
            }

            _configureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        _client?.Dispose();
        base.Dispose(disposing);
        try
        {
            foreach (var path in new[] { _indexPath, _journalPath, _dataPath })
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private HttpClient CreateWebhookClient()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
    }
}
