using System.Net;
using DxBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace DxBot.Tests;

/// <summary>
/// Issue #17, deployment behind a reverse proxy: X-Forwarded-For is believed only from the proxies named in
/// <c>ForwardedHeaders:*</c>. What shows it is the per-address admin limit on a real socket at 127.0.0.1: believed
/// headers give each claimed client its own allowance, ignored ones leave every request on the socket's address.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Key = "s3cret-admin-key";

    [Fact]
    public async Task A_forged_forwarded_for_from_an_unknown_peer_is_ignored_even_with_aspnetcore_forwarding_switched_on()
    {
        // ASP.NET Core's own switch (ASPNETCORE_FORWARDEDHEADERS_ENABLED) believes every sender; a proxy elsewhere is configured.
        var logs = new ListLoggerProvider();
        await using var factory = new KestrelDxBotFactory(logs, Settings(new()
        {
            ["FORWARDEDHEADERS_ENABLED"] = "true",
            ["ForwardedHeaders:KnownProxies:0"] = "10.20.30.40",
        }));
        using var client = ClientOf(factory);

        // Three "different clients" from one socket: if the header were believed, none would reach the limit of 2.
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetIndexAsync(client, "203.0.113.1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetIndexAsync(client, "203.0.113.2")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetIndexAsync(client, "203.0.113.3")).StatusCode);
    }

    [Fact]
    public async Task Forwarding_switched_on_without_named_proxies_believes_no_one_and_says_so_at_start()
    {
        var logs = new ListLoggerProvider();
        await using var factory = new KestrelDxBotFactory(logs, Settings(new() { ["FORWARDEDHEADERS_ENABLED"] = "true" }));
        using var client = ClientOf(factory);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetIndexAsync(client, "203.0.113.1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetIndexAsync(client, "203.0.113.2")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetIndexAsync(client, "203.0.113.3")).StatusCode);
        var warning = await logs.WaitForAsync(l => l.Contains("ASPNETCORE_FORWARDEDHEADERS_ENABLED", StringComparison.Ordinal));
        Assert.StartsWith("Warning", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_for_from_a_configured_proxy_is_believed_so_each_client_behind_it_has_its_own_limit()
    {
        var logs = new ListLoggerProvider();
        await using var factory = new KestrelDxBotFactory(logs, Settings(new() { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" }));
        using var client = ClientOf(factory);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetIndexAsync(client, "203.0.113.1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetIndexAsync(client, "203.0.113.2")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetIndexAsync(client, "203.0.113.3")).StatusCode);
        // One client behind the proxy still has only its own allowance.
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetIndexAsync(client, "203.0.113.3")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetIndexAsync(client, "203.0.113.3")).StatusCode);
    }

    [Fact]
    public async Task A_configured_network_is_believed_too()
    {
        var logs = new ListLoggerProvider();
        await using var factory = new KestrelDxBotFactory(logs, Settings(new() { ["ForwardedHeaders:KnownNetworks:0"] = "127.0.0.0/8" }));
        using var client = ClientOf(factory);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetIndexAsync(client, "2001:db8::1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetIndexAsync(client, "2001:db8::2")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetIndexAsync(client, "2001:db8::3")).StatusCode);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "nginx.local")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "0.0.0.0/0")]
    [InlineData("ForwardedHeaders:ForwardLimit", "0")]
    public async Task A_proxy_setting_that_does_not_parse_or_trusts_everyone_stops_the_host_at_start(string key, string value)
    {
        var failure = await HostStart.FailureAsync(new Dictionary<string, string> { [key] = value });

        var validation = Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains(key.Split(':')[1], validation.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Settings(Dictionary<string, string> extra)
    {
        // An hour-long window: the test's requests cannot straddle two windows.
        var settings = new Dictionary<string, string>
        {
            ["Admin:ApiKey"] = Key,
            ["Limits:AdminRequestsPerWindow"] = "2",
            ["Limits:Window"] = "01:00:00",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static HttpClient ClientOf(KestrelDxBotFactory factory)
    {
        var client = new HttpClient { BaseAddress = new Uri(factory.ServerAddress) };
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer wrong-guess");
        return client;
    }

    private static Task<HttpResponseMessage> GetIndexAsync(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/index");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }
}
