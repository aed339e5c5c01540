using System.Text;
using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: a city known only from its imported plan has no support.yaml, so the English layer has no programmes to
/// list; an English question for smartphone help gets the plan's own passage on it, introduced in English, rather than
/// "the plan describes no smartphone lessons".
/// </summary>
public sealed class ImportedEnglishSupportTests
{
    private const string Lessons = "スマートフォンの使い方に不安のある高齢者の方を対象に、公民館でスマートフォンの使い方講座と相談会を開きます。";

    private const string Plan = $"""
        半田市DX推進計画

        1 行政手続のオンライン化

        市民の皆さんが市役所に来なくても手続ができるよう、行政手続のオンライン化を全庁で進めます。
        申請書の様式を見直し、記入する項目をできるだけ減らします。

        2 デジタル格差の解消

        社会全体のデジタル化が進む中、ICTを使いこなせる方とそうでない方の格差が課題となっています。
        {Lessons}
        """;

    [Fact]
    public async Task An_english_question_for_smartphone_lessons_gets_the_imported_plans_passage_on_them()
    {
        using var knowledge = new CityProfilesOnly();
        var plan = knowledge.Document("handa-plan.txt", Encoding.UTF8.GetBytes(Plan));
        Assert.Equal(0, ImportCommand.Run(new FileInfo(plan), "handa", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var reply = await TextAsync(new LocalConversation(services, "line", "handa"), "Are there smartphone lessons for seniors?");

        Assert.Contains("in Japanese only", reply, StringComparison.Ordinal);
        Assert.Contains(Lessons, reply, StringComparison.Ordinal);
        Assert.Contains("出典: 半田市DX推進計画 2 デジタル格差の解消", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("describes no smartphone lessons", reply, StringComparison.Ordinal);
    }

    private static async Task<string> TextAsync(LocalConversation conversation, string text) =>
        string.Join("\n", (await conversation.SendAsync(text, CancellationToken.None)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
}
