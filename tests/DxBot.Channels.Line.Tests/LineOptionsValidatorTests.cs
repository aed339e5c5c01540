namespace DxBot.Channels.Line.Tests;

public sealed class LineOptionsValidatorTests
{
    private readonly LineOptionsValidator _validator = new();

    [Fact]
    public void Defaults_with_a_complete_channel_are_valid()
    {
        var options = new LineOptions();
        options.Channels["handa"] = new LineChannelOptions { ChannelSecret = "s", ChannelAccessToken = "t" };

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.Equal(new Uri("https://api.line.me"), options.ApiBaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(50), options.ReplyDeadline);
    }

    [Fact]
    public void A_secret_without_an_access_token_fails_naming_the_key_not_the_value()
    {
        var options = new LineOptions();
        options.Channels["handa"] = new LineChannelOptions { ChannelSecret = "very-secret-value" };

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Line:Channels:handa:ChannelAccessToken", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-value", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(0)]
    [InlineData(65)]
    public void Loading_seconds_follow_lines_rule(int seconds)
    {
        Assert.True(_validator.Validate(null, new LineOptions { LoadingSeconds = seconds }).Failed);
    }

    [Theory]
    [InlineData("https://api.line.me", true)]
    [InlineData("http://127.0.0.1:5005", true)]
    [InlineData("http://localhost:5005/", true)]
    [InlineData("http://[::1]:5005/", true)]
    [InlineData("http://api.line.me", false)]
    [InlineData("http://203.0.113.5:8080", false)]
    [InlineData("ftp://api.line.me", false)]
    public void The_api_base_url_must_be_https_unless_it_is_loopback(string url, bool valid)
    {
        Assert.Equal(valid, _validator.Validate(null, new LineOptions { ApiBaseUrl = new Uri(url) }).Succeeded);
    }

    [Fact]
    public void A_city_without_a_secret_gets_no_route()
    {
        var options = new LineOptions();
        options.Channels["handa"] = new LineChannelOptions { ChannelSecret = "s", ChannelAccessToken = "t" };
        options.Channels["omaezaki"] = new LineChannelOptions { ChannelAccessToken = "t" };

        Assert.Equal(["handa"], options.RoutedCities());
        Assert.True(options.TryGetChannel("HANDA", out var id, out _));
        Assert.Equal("handa", id);
        Assert.False(options.TryGetChannel("omaezaki", out _, out _));
    }

    [Fact]
    public void Channel_options_never_print_their_secrets()
    {
        var channel = new LineChannelOptions { ChannelSecret = "very-secret-value", ChannelAccessToken = "very-secret-token" };

        Assert.DoesNotContain("very-secret", channel.ToString(), StringComparison.Ordinal);
    }
}
