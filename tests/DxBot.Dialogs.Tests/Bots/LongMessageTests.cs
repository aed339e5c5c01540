using System.Text.Json.Nodes;
using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Tests.Support;
using DxBot.Dialogs.Topics.CityPicker;
using DxBot.Dialogs.Topics.Main;

namespace DxBot.Dialogs.Tests.Bots;

public sealed class LongMessageTests
{
    [Fact]
    public async Task A_huge_unanswered_message_becomes_a_bounded_log_entry_and_bounded_state()
    {
        var bot = new BotHarness();
        var huge = string.Concat(Enumerable.Repeat("ラーメン屋の営業時間を知りたい。", 70_000));

        var reply = await bot.AskAsync(huge);

        Assert.NotEmpty(reply);
        var recorded = Assert.Single(await bot.RecordedAsync());
        Assert.Equal(QuestionRecord.MaxTextLength, recorded.Text.Length);
        Assert.StartsWith("ラーメン屋の営業時間を知りたい。", recorded.Text);
        Assert.EndsWith("…", recorded.Text);
        var state = await bot.Storage.ReadAsync(["test/goshogawara/conversations/conv-1"], CancellationToken.None);
        var lastQuestion = (string?)state["test/goshogawara/conversations/conv-1"]["ConversationData"]?["lastQuestion"];
        Assert.NotNull(lastQuestion);
        Assert.True(lastQuestion.Length <= MainDialog.MaxRememberedQuestion, $"lastQuestion has {lastQuestion.Length} characters");
    }

    [Fact]
    public async Task A_long_question_waiting_for_the_city_is_kept_at_most_200_characters()
    {
        var bot = new BotHarness(boundCity: null);
        var question = "スマホの体験会はありますか" + new string('あ', 3_350);

        var ask = Assert.Single(await bot.SendAsync(question));

        Assert.Equal(CityPickerStrings.Ask, ask.Text);
        var state = await bot.Storage.ReadAsync(["test/conversations/conv-1"], CancellationToken.None);
        var strings = Strings(state["test/conversations/conv-1"]).ToList();
        Assert.Contains(strings, s => s.Contains("ああ", StringComparison.Ordinal));
        Assert.All(strings, s => Assert.True(s.Length <= MainDialog.MaxRememberedQuestion, $"a {s.Length}-character string in the dialog state"));
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
