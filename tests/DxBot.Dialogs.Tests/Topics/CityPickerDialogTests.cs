using DxBot.Dialogs.Tests.Support;
using DxBot.Dialogs.Topics.CityPicker;
using DxBot.Dialogs.Topics.Main;

namespace DxBot.Dialogs.Tests.Topics;

public sealed class CityPickerDialogTests
{
    [Fact]
    public async Task Asks_the_city_then_answers_the_waiting_question_and_remembers_it()
    {
        var bot = new BotHarness(boundCity: null);

        var ask = Assert.Single(await bot.SendAsync("スマホの体験会はありますか"));
        Assert.Equal(CityPickerStrings.Ask, ask.Text);
        Assert.Equal(["半田市", "五所川原市"], ask.SuggestedActions!.Actions.Select(a => a.Title));

        var answer = await bot.AskAsync("五所川原市です");
        Assert.Contains("スマホ体験会", answer);

        var next = await bot.AskAsync("マイナンバーカードを受け取りたい");
        Assert.Contains("五所川原市の取組", next);
    }

    [Fact]
    public async Task Repeats_the_question_when_the_answer_is_not_a_city()
    {
        var bot = new BotHarness(boundCity: null);
        await bot.AskAsync("こんにちは");

        Assert.Equal(CityPickerStrings.Retry, await bot.AskAsync("東京"));
        Assert.Contains("五所川原市についてお答えします", await bot.AskAsync("五所川原"));
    }

    [Fact]
    public async Task A_city_named_in_the_question_is_used_directly()
    {
        var bot = new BotHarness(boundCity: null);

        var answer = await bot.AskAsync("半田市のマイナンバーカードの交付率は？");

        Assert.Contains("52.2%", answer);
    }

    [Fact]
    public async Task A_bound_channel_does_not_change_city()
    {
        var bot = new BotHarness(boundCity: "handa");

        var answer = await bot.AskAsync("市を変更");

        Assert.Equal(MainStrings.BoundCityOnly("半田市"), answer);
    }
}
