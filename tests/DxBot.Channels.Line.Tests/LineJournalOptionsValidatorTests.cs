using DxBot.Channels.Line.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace DxBot.Channels.Line.Tests;

public sealed class LineJournalOptionsValidatorTests
{
    private readonly LineJournalOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid()
    {
        var options = new LineOptions();

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.Equal("data/line-journal", options.Journal.Folder);
    }

    [Fact]
    public void Taking_over_events_before_a_turn_may_end_is_refused()
    {
        var options = new LineOptions { TurnTimeout = TimeSpan.FromMinutes(10) };

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Line:Journal:ClaimAfter", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "00:00:30", "00:05:00")]
    [InlineData("data/line-journal", "00:00:00", "00:05:00")]
    [InlineData("data/line-journal", "00:02:00", "00:05:00")]
    public void A_journal_that_cannot_work_is_refused(string folder, string interval, string claimAfter)
    {
        var options = new LineOptions
        {
            Journal = new LineJournalOptions { Folder = folder, ClaimInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture), ClaimAfter = TimeSpan.Parse(claimAfter, System.Globalization.CultureInfo.InvariantCulture) },
        };

        Assert.True(_validator.Validate(null, options).Failed);
    }

    [Fact]
    public async Task The_host_does_not_start_with_a_journal_that_cannot_work()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var host = new LineBotHost(lineApi, new EchoTestBot(), settings: new Dictionary<string, string?> { ["Line:Journal:ClaimAfter"] = "00:00:10" });

        var error = Assert.ThrowsAny<Exception>(() => host.Services.GetService(typeof(IHost)));
        Assert.Contains("Line:Journal:ClaimAfter", error.ToString(), StringComparison.Ordinal);
    }
}
