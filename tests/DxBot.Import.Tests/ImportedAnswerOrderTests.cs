using System.Text;
using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: after the sentences of an imported passage that answer, the answer reads on with what follows them in the
/// plan (a measure's list of actions, its schedule), not from the passage's unrelated opening; a question asking for a
/// list is still answered from the top, where a plan's list of measures stands.
/// </summary>
public sealed class ImportedAnswerOrderTests
{
    private const string Measure = "市民が豊かな暮らしを実感できるよう、デジタル技術に不慣れな方への支援を行います。";

    private const string Plan = $"""
        対馬市DX推進計画

        4 対馬市のDX行動指針

        ・① 市民が便利さを実感できるDXの推進
        ・② 市民が豊かな暮らしを実感できるDXの推進
        ・③ 行政サービスの継続性を保つためのDXの推進
        行政の課題とされていた紙による申請受付や対面による本人確認を、ICT化により解消を図ります。
        窓口で必ずしも行う必要のない手続については、非接触・非対面を前提とした方法に見直します。
        ・オンライン手続き・申請・・・「対馬市オンライン化推進指針」の策定

        {Measure}
        ・ICT講座等の開催
        ・ホームページ・SNSを利用した情報発信の充実

        5 計画期間

        本計画の期間は、令和4年度から令和7年度までの4年間とします。
        """;

    [Fact]
    public async Task What_follows_the_answering_sentence_in_the_plan_comes_next_not_the_passages_opening()
    {
        var reply = await AskImportedAsync("line", "デジタル技術に不慣れな方への支援は何をしますか");

        // The help the plan names leads (ImportedSupport: a question asking for help is answered by the help), then
        // the measure, then what follows it in the plan; the passage's opening only after them.
        var lines = reply.Split('\n');
        Assert.Equal("【4 対馬市のDX行動指針】", lines[0]);
        Assert.Equal("・ICT講座等の開催", lines[1]);
        Assert.Equal(Measure, lines[2]);
        Assert.Equal("・ホームページ・SNSを利用した情報発信の充実", lines[3]);
    }

    [Fact]
    public async Task A_counted_list_asked_for_is_read_from_the_top_of_the_passage()
    {
        var reply = await AskImportedAsync("teams", "対馬市のDX行動指針の3つの柱を教えてください");

        // The plan's list of its three guidelines opens the passage: it is the answer, without the details further down.
        Assert.Contains("・① 市民が便利さを実感できるDXの推進", reply, StringComparison.Ordinal);
        Assert.Contains("・③ 行政サービスの継続性を保つためのDXの推進", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(Measure, reply, StringComparison.Ordinal);
    }

    private static async Task<string> AskImportedAsync(string channel, string question)
    {
        using var knowledge = new CityProfilesOnly();
        var plan = knowledge.Document("tsushima-plan.txt", Encoding.UTF8.GetBytes(Plan));
        Assert.Equal(0, ImportCommand.Run(new FileInfo(plan), "tsushima", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));
        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        return await TextAsync(new LocalConversation(services, channel, "tsushima"), question);
    }

    private static async Task<string> TextAsync(LocalConversation conversation, string text) =>
        string.Join("\n", (await conversation.SendAsync(text, CancellationToken.None)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
}
