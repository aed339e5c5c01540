using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DxBot.Cli;
using DxBot.Hosting;
using DxBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Tests.Endpoints;

public sealed class AdminEndpointsTests
{
    private const string Key = "s3cret-admin-key";

    [Fact]
    public async Task Admin_endpoints_are_off_without_a_key_and_need_the_bearer_key()
    {
        await using (var off = new DxBotFactory())
        {
            using var client = off.CreateClient();
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/admin/reindex", null)).StatusCode);
        }

        await using var on = new DxBotFactory(adminKey: Key);
        using var missing = on.CreateClient();
        var refused = await missing.GetAsync("/admin/index");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Bearer", refused.Headers.WwwAuthenticate.Single().Scheme);

        foreach (var header in new[] { "Bearer guess", "Bearer " + Key + "x", "Basic " + Key, Key })
        {
            using var wrong = on.CreateClient();
            wrong.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);
            Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.PostAsync("/admin/reindex", null)).StatusCode);
        }

        using var right = Client(on);
        Assert.Equal(HttpStatusCode.OK, (await right.GetAsync("/admin/index")).StatusCode);
    }

    [Fact]
    public async Task The_index_endpoint_reports_the_generation_and_counts_per_city_and_kind()
    {
        await using var factory = new DxBotFactory(adminKey: Key);
        using var client = Client(factory);

        var index = await client.GetFromJsonAsync<JsonElement>("/admin/index");

        Assert.True(index.GetProperty("generation").GetInt64() > 0);
        var cities = index.GetProperty("cities");
        foreach (var city in new[] { "tsushima", "namegata", "omaezaki", "handa", "goshogawara", "national" })
        {
            Assert.True(cities.GetProperty(city).GetProperty("entries").GetInt32() > 0, city);
        }

        var handaKinds = cities.GetProperty("handa").GetProperty("kinds").EnumerateObject().ToList();
        Assert.True(handaKinds.Count >= 2);
        Assert.Equal(index.GetProperty("entries").GetInt32(), cities.EnumerateObject().Sum(c => c.Value.GetProperty("entries").GetInt32()));
        Assert.Equal("Succeeded", index.GetProperty("lastReindex").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_reindex_after_one_citys_edit_says_it_rebuilt_that_city_only_and_serves_the_edit()
    {
        using var knowledge = new KnowledgeCopy();
        await using var factory = new DxBotFactory([knowledge.Folder], adminKey: Key);
        using var client = Client(factory);

        // An administrator adds a section to one of 半田市's files.
        await File.AppendAllTextAsync(
            knowledge.PathOf(Path.Combine("cities", "handa", "online.md")),
            "\n## ペンギンの飼育体験\n半田市の動物園では、ペンギンの飼育体験に申し込めます。\n出典: 第三章1(1)\nキーワード: ペンギン, 飼育体験\n");
        var response = await client.PostAsync("/admin/reindex", null);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["handa"], report.GetProperty("rebuilt").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(
            ["goshogawara", "namegata", "national", "omaezaki", "tsushima"],
            report.GetProperty("reused").EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal));

        // Where the time went, step by step, the change report included (durations vary; the steps do not).
        var steps = report.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal("load", steps[0].GetProperty("name").GetString());
        Assert.Equal("change report", steps[^1].GetProperty("name").GetString());
        Assert.Contains(steps, s => s.GetProperty("name").GetString() == "analysis");
        Assert.All(steps, s => Assert.True(s.GetProperty("elapsedMs").GetDouble() >= 0));

        // The process's garbage collections while it ran, by generation (how many varies; that there are three does not).
        var gc = report.GetProperty("gc");
        Assert.Equal(3, gc.GetProperty("gcCollections").GetArrayLength());
        Assert.All(gc.GetProperty("gcCollections").EnumerateArray(), c => Assert.True(c.GetInt32() >= 0));
        Assert.True(gc.GetProperty("pauseMs").GetDouble() >= 0);

        var conversation = new LocalConversation(factory.Services, "line", "handa");
        var replies = await conversation.SendAsync("ペンギンの飼育体験はありますか", CancellationToken.None);
        Assert.Contains("動物園", string.Join("\n", replies.Select(r => r.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_knowledge_file_is_refused_with_its_errors_and_the_index_in_service_stays()
    {
        using var knowledge = new KnowledgeCopy();
        await using var factory = new DxBotFactory([knowledge.Folder], adminKey: Key);
        using var client = Client(factory);
        var before = await client.GetFromJsonAsync<JsonElement>("/admin/index");

        // An administrator breaks one file: its YAML no longer parses.
        await File.WriteAllTextAsync(knowledge.PathOf(Path.Combine("cities", "handa", "support.yaml")), "programs:\n  - title: [unclosed\n");
        var response = await client.PostAsync("/admin/reindex", null);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Refused", report.GetProperty("status").GetString());
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.EndsWith("support.yaml", error.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.True(error.GetProperty("line").GetInt32() > 0);

        var after = await client.GetFromJsonAsync<JsonElement>("/admin/index");
        Assert.Equal(before.GetProperty("generation").GetInt64(), after.GetProperty("generation").GetInt64());
        Assert.Equal(before.GetProperty("entries").GetInt32(), after.GetProperty("entries").GetInt32());
        Assert.Equal("Refused", after.GetProperty("lastReindex").GetProperty("status").GetString());
        Assert.Contains("support.yaml", after.GetProperty("lastReindex").GetProperty("errors")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        // The bot still answers from the handa support entries the broken file held.
        var conversation = new LocalConversation(factory.Services, "line", "handa");
        var replies = await conversation.SendAsync("スマホ教室はありますか", CancellationToken.None);
        Assert.Contains("スマートフォン", string.Join("\n", replies.Select(r => r.Text)), StringComparison.Ordinal);

        // Mended, it goes through.
        File.Copy(Path.Combine(RepositoryPaths.Knowledge, "cities", "handa", "support.yaml"), knowledge.PathOf(Path.Combine("cities", "handa", "support.yaml")), overwrite: true);
        var mended = await client.PostAsync("/admin/reindex", null);
        Assert.Equal(HttpStatusCode.OK, mended.StatusCode);
        Assert.True((await mended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("generation").GetInt64() > before.GetProperty("generation").GetInt64());
    }

    [Fact]
    public async Task Reindexing_while_residents_ask_fails_no_question_and_overlapping_requests_get_409()
    {
        // The askers are one user asking as fast as it can; the per-user turn limit is not what this test is about.
        await using var factory = new DxBotFactory(adminKey: Key, settings: new Dictionary<string, string> { ["Limits:TurnsPerWindowPerUser"] = "1000000" });
        using var client = Client(factory);
        var runtime = factory.Services.GetRequiredService<KnowledgeRuntime>();
        var generationBefore = runtime.Current.Generation;
        using var stop = new CancellationTokenSource();

        var questions = new[] { "マイナンバーカードをなくしました", "児童手当の現況届はスマホでできますか", "スマホ教室はいつですか", "DX推進計画の目標は？" };
        var askers = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            var conversation = new LocalConversation(factory.Services, "line", "handa");
            var turns = 0;
            while (!stop.IsCancellationRequested)
            {
                var replies = await conversation.SendAsync(questions[(turns + i) % questions.Length], CancellationToken.None);
                Assert.NotEmpty(replies);
                Assert.All(replies, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
                turns++;
            }

            return turns;
        })).ToList();

        // Several administrators press the button at once, three times over.
        var statuses = new List<HttpStatusCode>();
        for (var round = 0; round < 3; round++)
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.PostAsync("/admin/reindex", null)));
            statuses.AddRange(responses.Select(r => r.StatusCode));
        }

        await stop.CancelAsync();
        var turnsAnswered = await Task.WhenAll(askers);

        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Contains(HttpStatusCode.Conflict, statuses);
        Assert.All(turnsAnswered, t => Assert.True(t > 0));
        Assert.True(runtime.Current.Generation > generationBefore);
    }

    [Fact]
    public async Task Admin_unanswered_returns_the_report_as_json()
    {
        await using var factory = new DxBotFactory(adminKey: Key);
        await QuestionLogFiles.WriteSampleAsync(factory.QuestionsFolder);
        using var client = Client(factory);

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
    public async Task Admin_unanswered_lists_at_most_the_limit_and_says_how_many_there_are()
    {
        await using var factory = new DxBotFactory(adminKey: Key);
        await QuestionLogFiles.WriteSampleAsync(factory.QuestionsFolder);
        using var client = Client(factory);

        var one = await client.GetFromJsonAsync<JsonElement>("/admin/unanswered?limit=1");
        var zero = await client.GetAsync("/admin/unanswered?limit=0");
        var huge = await client.GetAsync("/admin/unanswered?limit=1000000");

        Assert.Equal("ラーメン屋 おすすめ", Assert.Single(one.GetProperty("unanswered").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal(3, one.GetProperty("unansweredGroups").GetInt32());
        Assert.Equal(5, one.GetProperty("unansweredAsked").GetInt32());
        Assert.Single(one.GetProperty("feedback").EnumerateArray());
        Assert.Equal(2, one.GetProperty("ratedAnswers").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
    }

    [Fact]
    public async Task A_residents_unanswered_question_and_feedback_reach_the_log_folder()
    {
        await using var factory = new DxBotFactory(adminKey: Key);
        var conversation = new LocalConversation(factory.Services, "line", "handa");

        await conversation.SendAsync("おすすめのラーメン屋を教えて", CancellationToken.None);
        using var client = Client(factory);
        var report = await client.GetFromJsonAsync<JsonElement>("/admin/unanswered");

        Assert.Single(Directory.GetFiles(factory.QuestionsFolder, "*.jsonl"));
        Assert.Equal("おすすめのラーメン屋を教えて", report.GetProperty("unanswered")[0].GetProperty("text").GetString());
    }

    private static HttpClient Client(DxBotFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }
}
