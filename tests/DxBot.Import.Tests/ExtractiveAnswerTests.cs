using System.Text;
using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: an imported section is a plan's raw passage, and the answer is the sentence in it that answers the
/// question, not its first sentence.
/// </summary>
public sealed class ExtractiveAnswerTests
{
    private const string Answer = "窓口で受け付けている手続のうち、電子申請で受け付ける手続を令和7年度までに120手続に増やします。";

    // A long passage, with a list as plans have, whose opening sentences share the question's subject (手続, オンライン)
    // but not its answer.
    private const string Plan = $"""
        半田市DX推進計画

        第二章 計画の内容

        1 行政手続のオンライン化

        市民の皆さんが市役所に来なくても手続ができるよう、行政手続のオンライン化を全庁で進めます。
        これまでは紙の申請書と押印を前提とした手続が多く、平日の昼間に窓口へ来ていただく必要がありました。
        国の方針では、次の手続をマイナポータルから申請できるようにすることが求められています。
        ・子育てに関する手続
        ・介護に関する手続

        {Answer}
        あわせて、申請書の様式を見直し、記入する項目をできるだけ減らします。
        職員向けには電子申請の作り方を学ぶ研修を毎年開き、各課が自ら手続を電子化できるようにします。
        利用の少ない手続については、市の広報紙やホームページで使い方を案内します。

        2 デジタル格差の解消

        スマートフォンの使い方に不安のある方のために、公民館でスマホ教室を開きます。
        """;

    [Fact]
    public async Task The_sentence_that_answers_comes_first_from_the_middle_of_a_long_imported_passage()
    {
        using var knowledge = new CityProfilesOnly();
        var plan = knowledge.Document("handa-plan.txt", Encoding.UTF8.GetBytes(Plan));
        Assert.Equal(0, ImportCommand.Run(new FileInfo(plan), "handa", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var conversation = new LocalConversation(services, "line", "handa");
        var reply = await TextAsync(conversation, "電子申請で受け付ける手続はいくつに増やしますか");

        var lines = reply.Split('\n');
        Assert.Equal("【1 行政手続のオンライン化】", lines[0]);
        // The answering sentence opens the answer, ahead of the passage's opening.
        Assert.StartsWith(Answer, lines[1], StringComparison.Ordinal);
        Assert.Contains("出典: 半田市DX推進計画 第二章 計画の内容 ＞ 1 行政手続のオンライン化", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_about_a_later_sentence_of_a_passage_with_a_list_is_answered_by_that_sentence()
    {
        using var knowledge = new CityProfilesOnly();
        var plan = knowledge.Document("handa-plan.txt", Encoding.UTF8.GetBytes(Plan));
        Assert.Equal(0, ImportCommand.Run(new FileInfo(plan), "handa", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var conversation = new LocalConversation(services, "line", "handa");
        var reply = await TextAsync(conversation, "職員向けの電子申請の研修はありますか");

        var body = reply.Split('\n')[1];
        Assert.StartsWith("職員向けには電子申請の作り方を学ぶ研修を毎年開き", body, StringComparison.Ordinal);
        Assert.DoesNotContain("市民の皆さんが市役所に来なくても", body[..body.IndexOf('。', StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    private static async Task<string> TextAsync(LocalConversation conversation, string text) =>
        string.Join("\n", (await conversation.SendAsync(text, CancellationToken.None)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
}
