using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Dialogs.Topics.KnowledgeAnswer;
using DxBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests;

/// <summary>
/// Residents' questions typed in hiragana, through LINE to the real bot, with MeCab and without it. The knowledge is the
/// bundled one without its generated readings file (as after an import the file was not regenerated for), so what
/// reads 「あんしょうばんごう」 as 暗証番号 is MeCab alone.
/// </summary>
public sealed class LineMorphologyTests : IDisposable
{
    private const string MissingLibrary = "/nonexistent/libmecab.so.2";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    private readonly string _knowledge = Path.Combine(Path.GetTempPath(), "dxbot-line-morphology-" + Guid.NewGuid().ToString("N"));

    public LineMorphologyTests()
    {
        foreach (var file in Directory.GetFiles(TestPaths.KnowledgeFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_knowledge, Path.GetRelativePath(TestPaths.KnowledgeFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }

        System.IO.File.Delete(Path.Combine(_knowledge, "readings.txt"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_knowledge, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Theory]
    [InlineData("あんしょうばんごう を わすれました", "暗証番号を忘れた")]
    // Another conjugation than the entry's (利用申込): 申し込みたい typed in kana.
    [InlineData("ほいくえん に もうしこみたい", "保育施設等の利用申込")]
    public async Task With_MeCab_a_question_in_hiragana_is_answered_from_the_entry_written_in_kanji(string question, string entryTitle)
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var host = await StartAsync(lineApi, new Dictionary<string, string?>());

        var reply = await AskAsync(host, lineApi, question);

        Assert.Contains(entryTitle, reply, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("Morphological analysis is off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_library_the_bot_warns_once_and_answers_with_bigrams()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var host = await StartAsync(lineApi, new Dictionary<string, string?> { ["Search:Morphology:LibraryPath"] = MissingLibrary });

        var kanji = await AskAsync(host, lineApi, "暗証番号を忘れました");
        var kana = await AskAsync(host, lineApi, "あんしょうばんごう を わすれました");

        Assert.Contains("暗証番号を忘れた", kanji, StringComparison.Ordinal);
        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, kana, StringComparison.Ordinal);
        var warning = Assert.Single(host.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Morphological analysis is off", StringComparison.Ordinal));
        Assert.Contains(MissingLibrary, warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turned_off_the_bot_answers_with_bigrams_without_a_warning()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var host = await StartAsync(lineApi, new Dictionary<string, string?> { ["Search:Morphology:Enabled"] = "false" });

        var kanji = await AskAsync(host, lineApi, "暗証番号を忘れました");
        var kana = await AskAsync(host, lineApi, "あんしょうばんごう を わすれました");

        Assert.Contains("暗証番号を忘れた", kanji, StringComparison.Ordinal);
        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, kana, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Morphological", StringComparison.Ordinal));
    }

    private async Task<LineBotHost> StartAsync(FakeLineApi lineApi, Dictionary<string, string?> settings)
    {
        settings["Knowledge:Folders:0"] = _knowledge;
        var host = new LineBotHost(lineApi, testBot: null, settings: settings);

        // The first question waits for the start-up build rather than racing it on a busy machine.
        _ = host.Client;
        await host.Services.GetRequiredService<KnowledgeRuntime>().WaitForStartupAsync(CancellationToken.None).WaitAsync(Generous);
        return host;
    }

    // A new resident each time: every question starts a conversation of its own.
    private static async Task<string> AskAsync(LineBotHost host, FakeLineApi lineApi, string question)
    {
        var token = NewReplyToken();
        using var response = await host.PostSignedAsync("handa", await CallbackAsync(Text(NewUserId(), question, token)));
        var calls = await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == token && x.Succeeded), "the reply", Generous);
        var reply = calls.Single(c => c.ReplyToken == token && c.Succeeded);
        Assert.Empty(reply.ContractErrors);
        return string.Join("\n", reply.Readable);
    }
}
