using System.Text;
using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: an imported plan's table of targets answers staff's KPI questions as the hand-written KPI entries do:
/// one indicator's target with its year and baseline, and the list of indicators.
/// </summary>
public sealed class ImportedKpiAnswerTests
{
    [Fact]
    public async Task The_target_of_one_indicator_is_answered_with_its_row_and_the_KPI_question_with_the_list()
    {
        using var knowledge = new CityProfilesOnly();
        var plan = knowledge.Document("handa-plan.txt", Encoding.UTF8.GetBytes(TargetTableTests.Plan));
        Assert.Equal(0, ImportCommand.Run(new FileInfo(plan), "handa", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var target = await TextAsync(new LocalConversation(services, "teams", "handa"), "ロボットによる定型作業の削減時間の目標値は？");
        var list = await TextAsync(new LocalConversation(services, "teams", "handa"), "KPIは何がありますか");

        // The indicator's own row: its target with the year, and the baseline with its date, cited under the table.
        Assert.StartsWith("【ロボットによる定型作業の削減時間(年間)】\n・ロボットによる定型作業の削減時間(年間)：現状値 1,850時間(R3)、目標値(R7年度) 2,900時間。", target, StringComparison.Ordinal);
        Assert.Contains("出典: 半田市DX推進計画 第四章 進行管理(目標値) ＞ ロボットによる定型作業の削減時間(年間)", target, StringComparison.Ordinal);

        foreach (var indicator in new[] { "電子申請で受け付ける手続の割合", "図書館の予約をオンラインで受け付ける館の数", "ロボットによる定型作業の削減時間", "職員向けデジタル研修の受講者数" })
        {
            Assert.Contains(indicator, list, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("オープンデータは何項目まで増やす計画？", "100項目", "オープンデータ項目数")]
    [InlineData("コンビニで証明書を取る人、どのくらいまで増やす目標なの？", "43.6%", "コンビニ交付率")]
    public async Task An_indicator_asked_in_residents_words_is_answered_by_its_row_of_the_real_plan(string question, string figure, string indicator)
    {
        // In the whole table of twelve rows the one named was outweighed: the measure's passage answered without its figure.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("handa", question);

        Assert.Contains(figure, reply, StringComparison.Ordinal);
        Assert.Contains($"出典: 半田市DX推進計画 第四章 進行管理(目標値) ＞ {indicator}", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_indicators_row_does_not_answer_what_its_name_shares_but_no_figure_asked()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("handa", "コンビニ交付は半田市内のコンビニでしか使えませんか");

        Assert.DoesNotContain("【コンビニ交付率】", reply, StringComparison.Ordinal);
    }

    private static async Task<string> TextAsync(LocalConversation conversation, string text) =>
        string.Join("\n", (await conversation.SendAsync(text, CancellationToken.None)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
}
