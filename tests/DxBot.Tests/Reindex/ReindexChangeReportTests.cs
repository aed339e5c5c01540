using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DxBot.Hosting;
using DxBot.Tests.Shared;
using DxBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Tests.Reindex;

/// <summary>
/// Issue #13: a reindex says what changed since the generation in service (entries added, removed, changed, per city),
/// in /admin/reindex's JSON (a real host on a loopback socket) and in `dxbot reindex`'s output (its own process).
/// </summary>
public sealed class ReindexChangeReportTests
{
    private const string Key = "s3cret-admin-key";
    private const string Notice = "cities/handa/notice.md";

    [Fact]
    public async Task Admin_reindex_reports_the_entries_added_then_changed_and_removed_by_id_per_city()
    {
        using var knowledge = new KnowledgeCopy();
        await using var bot = new KestrelDxBotFactory(new ListLoggerProvider(), new Dictionary<string, string>
        {
            ["Admin:ApiKey"] = Key,
            ["Knowledge:Folders:0"] = knowledge.Folder,
        });
        using var client = new HttpClient { BaseAddress = new Uri(bot.ServerAddress) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        await bot.Services.GetRequiredService<KnowledgeRuntime>().WaitForStartupAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        var unchanged = await ReindexAsync(client);
        WriteNotice(knowledge, ("ごみ収集アプリのお知らせ", "ごみ収集日をアプリで確認できます。"), ("窓口の混雑状況", "窓口の混雑状況をホームページで公開しています。"), ("電子申請の受付時間", "電子申請は24時間受け付けています。"));
        var added = await ReindexAsync(client);
        // The first section edited, the second deleted (the third moves up to #2), and a section of another city edited.
        WriteNotice(knowledge, ("ごみ収集アプリのお知らせ", "ごみ収集日と分別方法をアプリで確認できます。"), ("電子申請の受付時間", "電子申請は24時間受け付けています。"));
        var tsushima = knowledge.PathOf("cities/tsushima/plan.md");
        var firstBody = FirstBodyLine(tsushima);
        File.WriteAllText(tsushima, File.ReadAllText(tsushima).Replace(firstBody, firstBody + "（改訂）", StringComparison.Ordinal));
        var edited = await ReindexAsync(client);

        Assert.Equal(0, unchanged.GetProperty("changes").GetProperty("added").GetInt32());
        Assert.Empty(unchanged.GetProperty("changes").GetProperty("cities").EnumerateObject());

        var changes = added.GetProperty("changes");
        Assert.Equal((3, 0, 0), Counts(changes));
        var handa = changes.GetProperty("cities").GetProperty("handa");
        Assert.Equal(["handa/notice.md#1", "handa/notice.md#2", "handa/notice.md#3"], Ids(handa, "added"));
        Assert.Equal("ごみ収集アプリのお知らせ", handa.GetProperty("added")[0].GetProperty("title").GetString());
        Assert.Single(changes.GetProperty("cities").EnumerateObject());

        changes = edited.GetProperty("changes");
        Assert.Equal((0, 1, 2), Counts(changes));
        handa = changes.GetProperty("cities").GetProperty("handa");
        Assert.Equal(["handa/notice.md#1"], Ids(handa, "changed"));
        var change = handa.GetProperty("changed")[0];
        Assert.NotEqual(change.GetProperty("previousHash").GetString(), change.GetProperty("hash").GetString());
        // Only the deleted section is removed: 電子申請の受付時間, renumbered from #3 to #2, is not reported.
        Assert.Equal(["handa/notice.md#2"], Ids(handa, "removed"));
        Assert.Equal("窓口の混雑状況", handa.GetProperty("removed")[0].GetProperty("title").GetString());
        Assert.Empty(Ids(handa, "added"));
        Assert.Single(Ids(changes.GetProperty("cities").GetProperty("tsushima"), "changed"));
    }

    [Fact]
    public async Task Dxbot_reindex_prints_what_changed_against_the_generation_on_disk()
    {
        using var knowledge = new KnowledgeCopy();
        var index = RepositoryPaths.NewTempFolder();
        try
        {
            var (firstExit, _) = await RunAsync("reindex", "--knowledge", knowledge.Folder, "--index", index);
            WriteNotice(knowledge, ("ごみ収集アプリのお知らせ", "ごみ収集日をアプリで確認できます。"), ("窓口の混雑状況", "窓口の混雑状況をホームページで公開しています。"));
            var (addedExit, added) = await RunAsync("reindex", "--knowledge", knowledge.Folder, "--index", index);
            WriteNotice(knowledge, ("ごみ収集アプリのお知らせ", "ごみ収集日と分別方法をアプリで確認できます。"));
            var (editedExit, edited) = await RunAsync("reindex", "--knowledge", knowledge.Folder, "--index", index);
            var (sameExit, same) = await RunAsync("reindex", "--knowledge", knowledge.Folder, "--index", index);

            Assert.Equal((0, 0, 0, 0), (firstExit, addedExit, editedExit, sameExit));
            Assert.Contains("Changes since the generation in service: 2 added, 0 removed, 0 changed.", added, StringComparison.Ordinal);
            Assert.Contains("  handa: 2 added, 0 removed, 0 changed", added, StringComparison.Ordinal);
            Assert.Contains("    + handa/notice.md#1  ごみ収集アプリのお知らせ", added, StringComparison.Ordinal);
            Assert.Contains("    + handa/notice.md#2  窓口の混雑状況", added, StringComparison.Ordinal);
            Assert.Contains("Changes since the generation in service: 0 added, 1 removed, 1 changed.", edited, StringComparison.Ordinal);
            Assert.Contains("    ~ handa/notice.md#1  ごみ収集アプリのお知らせ", edited, StringComparison.Ordinal);
            Assert.Contains("    - handa/notice.md#2  窓口の混雑状況", edited, StringComparison.Ordinal);
            Assert.Contains("Changes: none since the generation in service.", same, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(index, recursive: true);
        }
    }

    [Fact]
    public async Task Dxbot_reindex_through_the_running_bot_prints_its_change_report()
    {
        using var knowledge = new KnowledgeCopy();
        await using var bot = new KestrelDxBotFactory(new ListLoggerProvider(), new Dictionary<string, string>
        {
            ["Admin:ApiKey"] = Key,
            ["Knowledge:Folders:0"] = knowledge.Folder,
        });
        var address = bot.ServerAddress;
        await bot.Services.GetRequiredService<KnowledgeRuntime>().WaitForStartupAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));
        WriteNotice(knowledge, ("ごみ収集アプリのお知らせ", "ごみ収集日をアプリで確認できます。"));

        var (exit, output) = await DxBotCommand.RunAsync(RepositoryPaths.DxBotDll, ["reindex", "--index", bot.IndexFolder, "--url", address], RepositoryPaths.Root,
            new Dictionary<string, string?> { ["Admin__ApiKey"] = Key });

        Assert.Equal(0, exit);
        Assert.Contains("(by the running DxBot)", output, StringComparison.Ordinal);
        Assert.Contains("Changes since the generation in service: 1 added, 0 removed, 0 changed.", output, StringComparison.Ordinal);
        Assert.Contains("    + handa/notice.md#1  ごみ収集アプリのお知らせ", output, StringComparison.Ordinal);
    }

    private static void WriteNotice(KnowledgeCopy knowledge, params (string Title, string Body)[] sections)
    {
        var text = "---\ncity: handa\ntopic: general\naudience: all\ndocument: 市民課からのお知らせ\n---\n"
            + string.Concat(sections.Select(s => $"## {s.Title}\n{s.Body}\n出典: 令和7年4月\n\n"));
        File.WriteAllText(knowledge.PathOf(Notice), text);
    }

    private static string FirstBodyLine(string markdown)
    {
        var lines = File.ReadAllLines(markdown);
        var heading = Array.FindIndex(lines, l => l.StartsWith("## ", StringComparison.Ordinal));
        return lines[heading + 1];
    }

    private static async Task<JsonElement> ReindexAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/admin/reindex", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static (int Added, int Removed, int Changed) Counts(JsonElement changes) =>
        (changes.GetProperty("added").GetInt32(), changes.GetProperty("removed").GetInt32(), changes.GetProperty("changed").GetInt32());

    private static string[] Ids(JsonElement city, string kind) => [.. city.GetProperty(kind).EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] args) =>
        DxBotCommand.RunAsync(RepositoryPaths.DxBotDll, args, RepositoryPaths.Root, new Dictionary<string, string?> { ["Admin__ApiKey"] = null });
}
