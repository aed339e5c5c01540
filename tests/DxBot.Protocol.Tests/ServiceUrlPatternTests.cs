using DxBot.Protocol.Connector;

namespace DxBot.Protocol.Tests;

public class ServiceUrlPatternTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net", "https://SMBA.trafficmanager.net/apac/x/", true)]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net:8443/amer/", false)]
    [InlineData("https://smba.trafficmanager.net", "http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net.evil.example/", false)]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net@evil.example/", false)]
    [InlineData("https://*.botframework.com", "https://webchat.botframework.com/", true)]
    [InlineData("https://*.botframework.com", "https://a.b.botframework.com/", true)]
    [InlineData("https://*.botframework.com", "https://botframework.com/", false)]
    [InlineData("https://*.botframework.com", "https://evilbotframework.com/", false)]
    [InlineData("https://127.0.0.1:5001", "https://127.0.0.1:5001/amer/", true)]
    [InlineData("https://127.0.0.1:5001", "https://127.0.0.1:5002/", false)]
    [InlineData("https://127.0.0.1:*", "https://127.0.0.1:5002/", true)]
    [InlineData("http://localhost:*", "http://localhost:3978/", true)]
    [InlineData("https://[::1]:*", "https://[::1]:4000/", true)]
    public void Matches_only_the_listed_origin(string pattern, string url, bool expected)
    {
        Assert.Equal(expected, ServiceUrlPattern.Parse(pattern).Matches(new Uri(url)));
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net")]
    [InlineData("http://*.localhost")]
    [InlineData("ftp://smba.trafficmanager.net")]
    [InlineData("smba.trafficmanager.net")]
    [InlineData("https://*")]
    [InlineData("https://smba.*.net")]
    [InlineData("https://user@smba.trafficmanager.net")]
    [InlineData("https://smba.trafficmanager.net:99999")]
    [InlineData("")]
    public void Rejects_patterns_that_could_leak_the_token(string pattern)
    {
        Assert.False(ServiceUrlPattern.TryParse(pattern, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Allows_plain_http_for_loopback_only()
    {
        Assert.True(ServiceUrlPattern.TryParse("http://127.0.0.1:3978", out var pattern, out _));
        Assert.Equal("http://127.0.0.1:3978", pattern.ToString());
    }
}
