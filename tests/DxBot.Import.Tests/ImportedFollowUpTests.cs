using System.Text;
using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: 「いつまで？」 after an answer from an imported passage is answered by the year the plan gives, which a plan
/// writes as its target time (「目標時期を令和7年度とし」) or as a schedule row, not only as 「…までに」.
/// </summary>
public sealed class ImportedFollowUpTests
{
    private const string Plan = """
        行方市DX基本方針

        6 取組事項

        (1) 情報システム標準化・共通化

        目標時期を令和7年度とし、基幹系20業務システムについて国の策定する標準仕様に準拠したシステムへ移行します。
        移行にあわせて業務の手順を見直し、帳票の様式をそろえます。

        (2) テレワークの推進

        職員が自宅や出先でも仕事ができるよう、テレワークの環境を整えます。
        """;

    [Fact]
    public async Task Until_when_after_a_passage_giving_its_target_time_is_answered_with_that_year()
    {
        using var knowledge = new CityProfilesOnly();
        var plan = knowledge.Document("namegata-plan.txt", Encoding.UTF8.GetBytes(Plan));
        Assert.Equal(0, ImportCommand.Run(new FileInfo(plan), "namegata", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var conversation = new LocalConversation(services, "teams", "namegata");
        await TextAsync(conversation, "行方市の情報システム標準化について教えて");
        var reply = await TextAsync(conversation, "それはいつまで？");

        Assert.Contains("目標時期を令和7年度とし", reply, StringComparison.Ordinal);
        Assert.Contains("出典: 行方市DX基本方針 6 取組事項 ＞ (1) 情報システム標準化・共通化", reply, StringComparison.Ordinal);
    }

    // 対馬市's 「(1) 基本的な考え方」 holds the national plan's measures, each with its year: the card's comes second.
    [Fact]
    public async Task Until_when_after_an_answer_from_a_passage_of_several_measures_leads_with_the_year_of_the_one_asked_about()
    {
        using var knowledge = new CityProfilesOnly();
        Assert.Equal(0, ImportCommand.Run(new FileInfo(SeedPlans.Path("000_")), "tsushima", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var conversation = new LocalConversation(services, "line", "tsushima");
        await TextAsync(conversation, "対馬市ってマイナンバーカード持ってる人の割合、どこまで増やすつもりなの？");
        var reply = await TextAsync(conversation, "それっていつまでに？");

        var card = reply.IndexOf("2022年度(令和4年度)末までにほとんどの住民がマイナンバーカードを保有", StringComparison.Ordinal);
        Assert.True(card >= 0, reply);
        var other = reply.IndexOf("目標時期を2025年度", StringComparison.Ordinal);
        Assert.True(other < 0 || card < other, reply);
    }

    // 五所川原市's measure states what it has done (61手続) before its target (200手続): asked how far it will go, the target.
    [Fact]
    public async Task How_many_in_the_end_after_the_present_count_is_answered_with_the_target_row()
    {
        using var knowledge = new CityProfilesOnly();
        Assert.Equal(0, ImportCommand.Run(new FileInfo(SeedPlans.Path("004_")), "goshogawara", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var conversation = new LocalConversation(services, "line", "goshogawara");
        await TextAsync(conversation, "五所川原市でオンラインでできる手続きって今どれくらいあるの？");
        var reply = await TextAsync(conversation, "最終的にはいくつまで増やすの？");

        Assert.StartsWith("・成果目標 ／ (1) 処理件数が多く需要度が高い200手続をオンライン化", reply.Split('\n')[1], StringComparison.Ordinal);
    }

    // 「予定」 read as a new subject made the follow-up a question of its own, and 「増やす」 found the passage on AI and RPA.
    [Fact]
    public async Task How_many_it_is_planned_to_reach_after_the_procedures_answer_stays_on_them()
    {
        using var knowledge = new CityProfilesOnly();
        Assert.Equal(0, ImportCommand.Run(new FileInfo(SeedPlans.Path("004_")), "goshogawara", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var conversation = new LocalConversation(services, "line", "goshogawara");
        await TextAsync(conversation, "ネットで申請できる手続き、もっと増えていくの？");
        var reply = await TextAsync(conversation, "それでいくつまで増やす予定なの？");

        Assert.StartsWith("【(取組施策1) 行政手続のオンライン化】", reply, StringComparison.Ordinal);
        Assert.Contains("200手続", reply, StringComparison.Ordinal);
    }

    private static async Task<string> TextAsync(LocalConversation conversation, string text) =>
        string.Join("\n", (await conversation.SendAsync(text, CancellationToken.None)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
}
