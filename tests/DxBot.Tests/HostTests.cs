using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxBot.Tests.Support;

namespace DxBot.Tests;

public sealed class HostTests
{
    [Fact]
    public async Task Health_reports_the_knowledge_in_service()
    {
        await using var factory = new DxBotFactory();
        using var client = factory.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(5, health.GetProperty("knowledge").GetProperty("cities").GetInt32());
        Assert.True(health.GetProperty("knowledge").GetProperty("entries").GetInt32() > 100);
    }

    [Fact]
    public async Task Admin_endpoints_are_off_without_a_key_and_refuse_a_wrong_one()
    {
        await using (var off = new DxBotFactory())
        {
            using var client = off.CreateClient();
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/admin/reindex", null)).StatusCode);
        }

        await using var on = new DxBotFactory(adminKey: "s3cret-key");
        using var wrong = on.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Admin-Key", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.PostAsync("/admin/reindex", null)).StatusCode);
        using var missing = on.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await missing.GetAsync("/admin/unanswered")).StatusCode);
    }

    [Fact]
    public async Task Admin_unanswered_returns_the_report_as_json()
    {
        await using var factory = new DxBotFactory(adminKey: "k");
        await QuestionLogFiles.WriteSampleAsync(factory.QuestionsFolder);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", "k");

        var all = await client.GetFromJsonAsync<JsonElement>("/admin/unanswered");
        var tsushima = await client.GetFromJsonAsync<JsonElement>("/admin/unanswered?city=tsushima&since=2026-11-01");
        var bad = await client.GetAsync("/admin/unanswered?since=someday");

        var top = all.GetProperty("unanswered")[0];
        Assert.Equal("ラーメン屋 おすすめ", top.GetProperty("text").GetString());
        Assert.Equal(3, top.GetProperty("count").GetInt32());
        Assert.Equal("handa", top.GetProperty("cityId").GetString());
        var worst = all.GetProperty("feedback")[0];
        Assert.Equal("保育園の欠席連絡", worst.GetProperty("entryTitle").GetString());
        Assert.Equal(2, worst.GetProperty("notHelpful").GetInt32());
        Assert.Equal("フェリーの時刻", Assert.Single(tsushima.GetProperty("unanswered").EnumerateArray()).GetProperty("text").GetString());
        Assert.Empty(tsushima.GetProperty("feedback").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task A_residents_unanswered_question_and_feedback_reach_the_log_folder()
    {
        await using var factory = new DxBotFactory(adminKey: "k");
        var conversation = new Cli.LocalConversation(factory.Services, "line", "handa");

        await conversation.SendAsync("おすすめのラーメン屋を教えて", CancellationToken.None);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", "k");
        var report = await client.GetFromJsonAsync<JsonElement>("/admin/unanswered");

        Assert.Single(Directory.GetFiles(factory.QuestionsFolder, "*.jsonl"));
        Assert.Equal("おすすめのラーメン屋を教えて", report.GetProperty("unanswered")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Reindex_swaps_in_a_new_generation_and_a_broken_file_is_reported_without_losing_the_rest()
    {
        var knowledge = RepositoryPaths.NewTempFolder();
        CopyFolder(RepositoryPaths.Knowledge, knowledge);
        await using var factory = new DxBotFactory([knowledge], adminKey: "k");
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", "k");
        var before = await client.GetFromJsonAsync<JsonElement>("/healthz");

        // An administrator breaks one file: its YAML no longer parses.
        var supportFile = Path.Combine(knowledge, "cities", "handa", "support.yaml");
        await File.WriteAllTextAsync(supportFile, "programs:\n  - title: [unclosed\n");
        var response = await client.PostAsync("/admin/reindex", null);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(report.GetProperty("generation").GetInt64() > before.GetProperty("knowledge").GetProperty("generation").GetInt64());
        Assert.Contains(report.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains("support.yaml", StringComparison.Ordinal));
        Assert.Equal(5, report.GetProperty("cities").GetInt32());
        var after = await client.GetFromJsonAsync<JsonElement>("/healthz");
        Assert.True(after.GetProperty("knowledge").GetProperty("entries").GetInt32() > 100);
        Directory.Delete(knowledge, recursive: true);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
