using DxBot.Dialogs.Tests.Support;
using DxBot.Protocol.Builder;

namespace DxBot.Dialogs.Tests.Engine;

/// <summary>What the dialogs report in the turn state for the host's turn metrics.</summary>
public sealed class TurnReportTests
{
    [Fact]
    public async Task A_topic_dialog_is_reported_when_it_starts_and_when_its_prompt_is_answered()
    {
        var bot = new BotHarness();

        await bot.SendAsync("マイナンバーカードについて");
        Assert.Equal("MyNumberCard", HandledBy(bot));

        await bot.SendAsync("なくした");
        Assert.Equal("MyNumberCard", HandledBy(bot));
        Assert.False(IsFallback(bot));
    }

    [Fact]
    public async Task The_city_picker_then_the_topic_it_hands_the_question_to()
    {
        var bot = new BotHarness(boundCity: null);

        await bot.SendAsync("スマホの体験会はありますか");
        Assert.Equal("CityPicker", HandledBy(bot));

        await bot.SendAsync("五所川原市です");
        Assert.Equal("SupportSessions", HandledBy(bot));
    }

    [Fact]
    public async Task Only_the_no_answer_reply_is_a_fallback()
    {
        var bot = new BotHarness("handa");

        await bot.SendAsync("半田市のマイナンバーカードの交付率は？");
        Assert.Equal("KnowledgeAnswer", HandledBy(bot));
        Assert.False(IsFallback(bot));

        await bot.SendAsync("おすすめのラーメン屋を教えて");
        Assert.Equal("KnowledgeAnswer", HandledBy(bot));
        Assert.True(IsFallback(bot));
    }

    [Fact]
    public async Task The_menu_and_thanks_are_the_main_dialogs_own()
    {
        var bot = new BotHarness();

        await bot.SendAsync("メニュー");
        Assert.Equal("Main", HandledBy(bot));

        await bot.SendAsync("ありがとう");
        Assert.Equal("Main", HandledBy(bot));
    }

    private static string? HandledBy(BotHarness bot) =>
        bot.LastTurnState!.TryGetValue(TurnStateKeys.HandledBy, out var value) ? value as string : null;

    private static bool IsFallback(BotHarness bot) =>
        bot.LastTurnState!.TryGetValue(TurnStateKeys.Fallback, out var value) && value is true;
}
