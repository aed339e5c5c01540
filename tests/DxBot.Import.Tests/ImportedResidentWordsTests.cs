using System.Text;
using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: an imported plan has only its own words (電子決済, 電子収納), residents ask in theirs (キャッシュレス,
/// ペイペイ); the national synonyms fold both onto one word, so the imported passage answers without hand-written keywords.
/// </summary>
public sealed class ImportedResidentWordsTests
{
    private const string Plan = """
        対馬市DX推進計画

        4 対馬市の目指すDX

        市民が便利さを実感できるDXを進めます。
        ・オンライン窓口来庁予約
        ・電子決済サービスの導入
        ・マイナンバーカードの普及促進

        5 計画期間

        本計画の期間は、令和4年度から令和7年度までの4年間とします。
        """;

    [Theory]
    [InlineData("市役所の支払いってキャッシュレスにならないの？")]
    [InlineData("市役所の窓口でペイペイみたいなキャッシュレス決済って使えるようになる？")]
    public async Task A_payment_question_in_residents_words_is_answered_from_the_plans_electronic_payment(string question)
    {
        var reply = await ReplyFromTheImportedPlanAsync(question);

        Assert.Contains("電子決済サービスの導入", reply, StringComparison.Ordinal);
        Assert.Contains("出典: 対馬市DX推進計画 4 対馬市の目指すDX", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payment_service_the_plan_does_not_name_is_said_missing_not_answered_with_electronic_payment_in_general()
    {
        // The plan names 電子決済サービス, no service: whether ペイペイ will be taken is not in it (a general answer would be a guess).
        var reply = await ReplyFromTheImportedPlanAsync("市役所の窓口でペイペイって使えるようになる？");

        Assert.Contains("使える決済サービスの名前は、計画やこのボットの情報には書かれていません", reply, StringComparison.Ordinal);
    }

    /// <summary>The reply to the question with only the cities' profiles and this plan, imported, as knowledge.</summary>
    private static async Task<string> ReplyFromTheImportedPlanAsync(string question)
    {
        using var knowledge = new CityProfilesOnly();
        var plan = knowledge.Document("tsushima-plan.txt", Encoding.UTF8.GetBytes(Plan));
        Assert.Equal(0, ImportCommand.Run(new FileInfo(plan), "tsushima", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        return await TextAsync(new LocalConversation(services, "line", "tsushima"), question);
    }

    private static async Task<string> TextAsync(LocalConversation conversation, string text) =>
        string.Join("\n", (await conversation.SendAsync(text, CancellationToken.None)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
}
