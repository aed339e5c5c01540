using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13 end to end: a city's PDF imported with `dxbot import` into a knowledge folder that has only the city
/// profiles, indexed by the bot, and answered and cited in a resident's conversation.
/// </summary>
public sealed class ImportedAnswerTests
{
    [Fact]
    public async Task A_question_is_answered_from_the_imported_pdf_and_cites_its_section_and_page()
    {
        using var knowledge = new CityProfilesOnly();
        var pdf = knowledge.Document("handa-plan.pdf", SamplePlans.Pdf());
        var exit = ImportCommand.Run(new FileInfo(pdf), "handa", null, [knowledge.Path], TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(knowledge.CityFolder("handa"), "imported-handa-plan.md")));

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var conversation = new LocalConversation(services, "line", "handa");
        var period = await TextAsync(conversation, "計画の期間はいつまでですか");
        var online = await TextAsync(conversation, "行政手続きのオンライン化で何が変わりますか");

        Assert.Contains(SeedText.Period1, period, StringComparison.Ordinal);
        Assert.Contains("出典: 半田市DX推進計画 第一章 計画策定にあたって ＞ 3 計画期間（2ページ）", period, StringComparison.Ordinal);
        Assert.Contains(SeedText.Online, online, StringComparison.Ordinal);
        Assert.Contains("出典: 半田市DX推進計画 第二章 計画の内容 ＞ 1 行政手続のオンライン化（3ページ）", online, StringComparison.Ordinal);
    }

    private static async Task<string> TextAsync(LocalConversation conversation, string text) =>
        string.Join("\n", (await conversation.SendAsync(text, CancellationToken.None)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
}
