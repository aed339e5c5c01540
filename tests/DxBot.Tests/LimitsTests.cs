using System.Net;
using System.Net.Sockets;
using System.Text;
using DxBot.Hosting;
using DxBot.Tests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DxBot.Tests;

public sealed class LimitsTests
{
    private const string Key = "s3cret-admin-key";

    [Fact]
    public async Task Admin_requests_over_the_per_address_limit_get_429_with_retry_after()
    {
        // An hour-long window: the test's requests cannot straddle two windows.
        await using var factory = new DxBotFactory(adminKey: Key, settings: new Dictionary<string, string>
        {
            ["Limits:AdminRequestsPerWindow"] = "2",
            ["Limits:Window"] = "01:00:00",
        });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer wrong-guess");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/admin/index")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/admin/index")).StatusCode);
        var refused = await client.GetAsync("/admin/index");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        // Health probes are not the admin endpoint's business.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task An_address_with_too_many_failed_authentications_is_refused_even_with_the_right_key()
    {
        await using var factory = new DxBotFactory(adminKey: Key, settings: new Dictionary<string, string>
        {
            ["Limits:FailedAuthenticationsPerWindow"] = "2",
            ["Limits:Window"] = "01:00:00",
        });
        using var guesser = factory.CreateClient();
        guesser.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer wrong-guess");
        using var right = factory.CreateClient();
        right.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + Key);
        Assert.Equal(HttpStatusCode.OK, (await right.GetAsync("/admin/index")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("/admin/index")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("/admin/index")).StatusCode);
        var refused = await right.GetAsync("/admin/index");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Kestrel_gets_the_configured_limits()
    {
        await using var factory = new DxBotFactory(settings: new Dictionary<string, string>
        {
            ["Limits:MaxConcurrentConnections"] = "123",
            ["Limits:RequestHeadersTimeout"] = "00:00:07",
            ["Limits:MaxRequestBodyBytes"] = "262144",
        });

        var kestrel = factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.Equal(123, kestrel.Limits.MaxConcurrentConnections);
        Assert.Equal(TimeSpan.FromSeconds(7), kestrel.Limits.RequestHeadersTimeout);
        Assert.Equal(262144, kestrel.Limits.MaxRequestBodySize);
        Assert.Equal(240, kestrel.Limits.MinRequestBodyDataRate!.BytesPerSecond);
    }

    [Theory]
    [InlineData("Limits:Window", "00:00:00")]
    [InlineData("Limits:AdminRequestsPerWindow", "0")]
    [InlineData("Limits:TurnsPerWindowPerUser", "-5")]
    [InlineData("Limits:FailedAuthenticationsPerWindow", "0")]
    [InlineData("Limits:MaxConcurrentConnections", "0")]
    [InlineData("Limits:MinRequestBodyBytesPerSecond", "0")]
    [InlineData("Limits:MaxRequestBodyBytes", "100")]
    public async Task Nonsense_limits_stop_the_host_at_start(string key, string value)
    {
        var failure = await HostStart.FailureAsync(new Dictionary<string, string> { [key] = value });

        var validation = Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains(key.Split(':')[1], validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_sending_its_body_too_slowly_is_dropped_with_one_quiet_log_line()
    {
        var logs = new ListLoggerProvider();
        await using var factory = new KestrelDxBotFactory(logs, new Dictionary<string, string>
        {
            ["Line:Channels:handa:ChannelSecret"] = "handa-secret",
            ["Line:Channels:handa:ChannelAccessToken"] = "handa-token",
            // Kestrel's own minimum (the grace period must be over a second); the client below sends nothing more.
            ["Limits:MinRequestBodyGracePeriod"] = "00:00:02",
        });
        var address = new Uri(factory.ServerAddress);

        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, address.Port);
        var stream = socket.GetStream();
        var head = "POST /api/line/handa HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000\r\nX-Line-Signature: x\r\n\r\n{\"events\":[";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.FlushAsync();

        // The socket stays open and silent until the server has given up on it.
        var line = await logs.WaitForAsync(l => l.Contains("ended by the client", StringComparison.Ordinal));

        Assert.StartsWith("Information", line, StringComparison.Ordinal);
        Assert.Contains("/api/line/handa", line, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("   at ", StringComparison.Ordinal));
    }
}
