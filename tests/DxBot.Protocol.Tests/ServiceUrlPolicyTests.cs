using DxBot.Protocol.Authentication;
using DxBot.Protocol.Connector;

namespace DxBot.Protocol.Tests;

public class ServiceUrlPolicyTests
{
    private static readonly BotFrameworkOptions WithCredentials = new() { MicrosoftAppId = "app", MicrosoftAppPassword = "secret" };

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("https://evil.example/", false)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://127.0.0.1:5001/", false)]
    [InlineData("not a url", false)]
    [InlineData(null, false)]
    public void Defaults_allow_Microsoft_connector_hosts_only(string? url, bool expected)
    {
        Assert.Equal(expected, ServiceUrlPolicy.FromOptions(WithCredentials).IsAllowed(url));
    }

    [Fact]
    public void Configured_patterns_add_to_the_defaults()
    {
        var options = new BotFrameworkOptions
        {
            MicrosoftAppId = "app",
            MicrosoftAppPassword = "secret",
            AllowedServiceUrls = ["https://127.0.0.1:5001"],
        };
        var policy = ServiceUrlPolicy.FromOptions(options);

        Assert.True(policy.IsAllowed("https://127.0.0.1:5001/amer/"));
        Assert.True(policy.IsAllowed("https://smba.trafficmanager.net/amer/"));
    }

    [Theory]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://127.0.0.1:53000/", true)]
    [InlineData("http://[::1]:53000/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    [InlineData("http://10.0.0.5:3978/", false)]
    public void Emulator_mode_reaches_loopback_only(string url, bool expected)
    {
        var policy = ServiceUrlPolicy.FromOptions(new BotFrameworkOptions());

        Assert.True(policy.IsLoopbackOnly);
        Assert.Equal(expected, policy.IsAllowed(url));
    }
}
