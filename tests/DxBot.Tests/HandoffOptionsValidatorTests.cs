using DxBot.Handoff;

namespace DxBot.Tests;

public sealed class HandoffOptionsValidatorTests
{
    [Fact]
    public void Handoff_defaults_are_valid()
    {
        var options = new HandoffOptions();

        Assert.True(new HandoffOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(30, options.RetentionDays);
    }

    [Theory]
    [InlineData(0, 72, 24, "RetentionDays")]
    [InlineData(30, 72, 72, "RemindAfterHours")]
    [InlineData(1, 48, 24, "ExpireAfterHours")]
    public void Handoff_times_that_contradict_each_other_are_refused(int retentionDays, int expireAfterHours, int remindAfterHours, string key)
    {
        var options = new HandoffOptions { RetentionDays = retentionDays, ExpireAfterHours = expireAfterHours, RemindAfterHours = remindAfterHours };

        var result = new HandoffOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/jp/", null, "go together")]
    [InlineData("smba.trafficmanager.net", "19:x@thread.tacv2", "absolute http(s) URL")]
    public void Handoff_a_staff_channel_needs_both_an_absolute_service_url_and_a_conversation(string? serviceUrl, string? conversationId, string expected)
    {
        var options = new HandoffOptions();
        options.Cities["handa"] = new HandoffCityOptions { ServiceUrl = serviceUrl, ConversationId = conversationId };

        var result = new HandoffOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }
}
