using DxBot.Hosting;
using DxBot.Tests.Support;

namespace DxBot.Tests;

public sealed class SocketCompletionsTests
{
    [Fact]
    public void The_switch_is_set_when_the_environment_says_nothing()
    {
        var environment = new Dictionary<string, string>();

        var set = SocketCompletions.RunInlineUnlessSet(name => environment.GetValueOrDefault(name), (name, value) => environment[name] = value);

        Assert.True(set);
        Assert.Equal("1", environment["DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("")]
    public void An_operators_own_value_is_kept(string value)
    {
        var environment = new Dictionary<string, string> { ["DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"] = value };

        var set = SocketCompletions.RunInlineUnlessSet(name => environment.GetValueOrDefault(name), (name, written) => environment[name] = written);

        Assert.False(set);
        Assert.Equal(value, environment["DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"]);
    }

    [Fact]
    public async Task The_bot_serves_with_the_switch_set()
    {
        // Program sets it before the host starts; the in-process host of these tests runs the same Program (a value
        // the environment gave the test run itself is kept, so only its presence is asserted).
        await using var factory = new DxBotFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
        Assert.NotNull(Environment.GetEnvironmentVariable(SocketCompletions.Variable));
    }
}
