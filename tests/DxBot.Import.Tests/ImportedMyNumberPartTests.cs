using System.Text;
using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: a question on the My Number card goes to the card's dialog, whose city part came only from hand-written
/// entries, so a city known only from its imported plan got the national guide alone even where its plan says what the
/// city does (出張申請受付, 土日開庁). The plan's passage on the card is now the city's part.
/// </summary>
public sealed class ImportedMyNumberPartTests
{
    private const string Plan = """
        五所川原市DX推進計画

        1 計画の目的

        本市は、デジタル技術を活用して市民サービスの向上を目指します。

        2 マイナンバーカードの普及促進

        本市は、マイナンバーカードを活用した行政サービスの充実を図ります。
        土日開庁によるマイナンバーカードの交付、企業や団体への出張申請受付など、マイナンバーカード取得の推進に取り組みます。

        3 計画期間

        本計画の期間は、令和4年度から令和7年度までの4年間とします。
        """;

    [Theory]
    [InlineData("会社にマイナンバーカードの申請受付に来てもらえるって本当？", "出張申請受付")]
    [InlineData("土日にマイナンバーカードを受け取れますか", "土日開庁")]
    public async Task A_card_question_gets_the_citys_plan_passage_as_the_citys_part(string question, string expected)
    {
        using var knowledge = new CityProfilesOnly();
        var plan = knowledge.Document("goshogawara-plan.txt", Encoding.UTF8.GetBytes(Plan));
        Assert.Equal(0, ImportCommand.Run(new FileInfo(plan), "goshogawara", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var reply = await TextAsync(new LocalConversation(services, "line", "goshogawara"), question);

        Assert.Contains("■五所川原市の取組", reply, StringComparison.Ordinal);
        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Contains("出典: 五所川原市DX推進計画 2 マイナンバーカードの普及促進", reply, StringComparison.Ordinal);
        // The national guide is still given beside it.
        Assert.Contains("マイナンバーカード総合サイト", reply, StringComparison.Ordinal);
    }

    private static async Task<string> TextAsync(LocalConversation conversation, string text) =>
        string.Join("\n", (await conversation.SendAsync(text, CancellationToken.None)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
}
