using System.Text;
using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: a city known only from its city.yaml and its imported plan has no support.yaml and no procedures.csv;
/// questions on support sessions and on which procedures go online are answered from what the plan says.
/// </summary>
public sealed class ImportedTopicTests
{
    private const string Plan = """
        半田市DX推進計画

        第二章 計画の内容

        1 行政手続のオンライン化

        子育てと介護の手続をはじめ、令和7年度までに30の手続をオンラインで申請できるようにします。

        2 デジタル格差の解消

        スマートフォンの使い方に不安のある方のために、公民館で毎月スマホ教室を開きます。
        """;

    [Fact]
    public async Task Support_and_online_procedure_questions_are_answered_from_the_imported_plan()
    {
        using var knowledge = new CityProfilesOnly();
        var plan = knowledge.Document("handa-plan.txt", Encoding.UTF8.GetBytes(Plan));
        Assert.Equal(0, ImportCommand.Run(new FileInfo(plan), "handa", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var support = await TextAsync(new LocalConversation(services, "line", "handa"), "スマホ教室はありますか");
        var online = await TextAsync(new LocalConversation(services, "line", "handa"), "どの手続きがオンラインでできるようになりますか");

        Assert.Contains("公民館で毎月スマホ教室を開きます。", support, StringComparison.Ordinal);
        Assert.Contains("出典: 半田市DX推進計画 第二章 計画の内容 ＞ 2 デジタル格差の解消", support, StringComparison.Ordinal);
        Assert.Contains("令和7年度までに30の手続をオンラインで申請できるようにします。", online, StringComparison.Ordinal);
        Assert.Contains("出典: 半田市DX推進計画 第二章 計画の内容 ＞ 1 行政手続のオンライン化", online, StringComparison.Ordinal);
    }

    private static async Task<string> TextAsync(LocalConversation conversation, string text) =>
        string.Join("\n", (await conversation.SendAsync(text, CancellationToken.None)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
}
