using System.Text.Json;
using DxBot.Dialogs.Answers;
using DxBot.Tests.Support;
using DxBot.Tests.Shared;

namespace DxBot.Tests;

/// <summary>The `dxbot` program run as a user runs it: a separate process, its output read back.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Ask_prints_each_turns_replies_with_their_source()
    {
        var index = RepositoryPaths.NewTempFolder();

        var (exit, output) = await RunAsync("ask", "--city", "omaezaki", "--index", index, "御前崎市のデジタル化の問い合わせ先を教えて", "マイナンバーカードをなくしました");

        Assert.Equal(0, exit);
        Assert.Contains("> 御前崎市のデジタル化の問い合わせ先を教えて", output);
        Assert.Contains("0537-85-1127", output);
        Assert.Contains("0120-95-0178", output);
        Assert.Contains("出典:", output);
    }

    [Fact]
    public async Task Chat_greets_answers_each_line_and_ends_on_exit()
    {
        var (exit, output) = await RunAsync(["chat", "--city", "handa", "--index", RepositoryPaths.NewTempFolder()], "マイナンバーカードをなくしました\nexit\n");

        Assert.Equal(0, exit);
        Assert.Contains("半田市のDxBotです", output);
        Assert.Contains("0120-95-0178", output);
    }

    [Fact]
    public async Task Chat_takes_a_buttons_number_as_a_tap_on_it()
    {
        // 1 is マイナンバーカード on the welcome menu, then 5 is 紛失・盗難 on the card's topics.
        var (exit, output) = await RunAsync(["chat", "--city", "handa", "--index", RepositoryPaths.NewTempFolder()], "1\n5\nexit\n");

        Assert.Equal(0, exit);
        Assert.Contains("［1 マイナンバーカード］", output);
        Assert.Contains("0120-95-0178", output);
    }

    [Fact]
    public async Task Help_lists_serve_and_serve_help_describes_it_without_starting_the_host()
    {
        var (exit, help) = await RunAsync("--help");
        var (serveExit, serveHelp) = await RunAsync("serve", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("serve", help);
        Assert.Equal(0, serveExit);
        Assert.Contains("--urls", serveHelp);
        Assert.DoesNotContain("Now listening", serveHelp);
    }

    [Fact]
    public async Task Ask_refuses_an_unknown_city()
    {
        var (exit, output) = await RunAsync("ask", "--city", "tokyo", "--index", RepositoryPaths.NewTempFolder(), "こんにちは");

        Assert.True(exit == 2, output);
        Assert.Contains("Unknown city 'tokyo'", output);
    }

    [Fact]
    public async Task Reindex_takes_the_raw_plans_as_extra_knowledge()
    {
        Assert.True(Directory.Exists(RepositoryPaths.Seeds), "shared/seeds must sit beside the repository");
        var index = RepositoryPaths.NewTempFolder();

        var (bundledExit, bundled) = await RunAsync("reindex", "--knowledge", RepositoryPaths.Knowledge, "--index", index);
        var (exit, withSeeds) = await RunAsync("reindex", "--knowledge", RepositoryPaths.Knowledge, "--knowledge", RepositoryPaths.Seeds, "--index", index);

        Assert.Equal(0, bundledExit);
        Assert.Equal(0, exit);
        Assert.Contains("0 knowledge errors.", withSeeds);
        Assert.True(Entries(withSeeds) > Entries(bundled) + 100, $"seeds should add passages: {Entries(bundled)} -> {Entries(withSeeds)}");
        Assert.True(File.Exists(Path.Combine(index, "current")));
    }

    [Fact]
    public async Task Reindex_refuses_broken_knowledge_lists_the_error_and_writes_nothing()
    {
        using var knowledge = new KnowledgeCopy();
        await File.WriteAllTextAsync(knowledge.PathOf(Path.Combine("cities", "handa", "support.yaml")), "programs:\n  - title: [unclosed\n");
        var index = RepositoryPaths.NewTempFolder();

        var (exit, output) = await RunAsync("reindex", "--knowledge", knowledge.Folder, "--index", index);

        Assert.Equal(1, exit);
        Assert.Contains("Reindex refused", output);
        Assert.Contains("support.yaml", output);
        Assert.False(File.Exists(Path.Combine(index, "current")));
        Assert.Empty(Directory.GetDirectories(index));
    }

    [Fact]
    public async Task Eval_prints_failing_cases_and_the_summary_line_and_honours_min_pass()
    {
        var cases = Path.Combine(RepositoryPaths.NewTempFolder(), "cases.jsonl");
        await File.WriteAllLinesAsync(cases,
        [
            """{"id": "ok", "city": "handa", "channel": "line", "q": "マイナンバーカードをなくしました", "expect": [["0120-95-0178"]]}""",
            """{"id": "weather", "city": "handa", "channel": "line", "q": "明日の天気は？", "fallback": true}""",
            """{"id": "wrong", "city": "handa", "channel": "line", "q": "マイナンバーカードをなくしました", "expect": [["存在しない文言"]]}""",
            """{"id": "pick-1", "channel": "line", "turns": ["スマホの体験会はありますか", "五所川原市"], "expect": [["体験会"]]}""",
            """{"id": "pick-2", "channel": "line", "turns": ["税金ってQRコードで払えるようになるの？", "行方市です"], "expect": [["eLTAX"]]}""",
        ]);

        var (exit, output) = await RunAsync("eval", cases, "--index", RepositoryPaths.NewTempFolder(), "--min-pass", "0.9");

        Assert.Equal(1, exit);
        Assert.Contains("FAIL wrong", output);
        Assert.DoesNotContain("FAIL ok", output);
        // Each case is a new resident: the city chosen in pick-1 must not answer pick-2's first question.
        Assert.DoesNotContain("FAIL pick", output);
        Assert.Contains("4 passed, 1 failed", output);
    }

    [Fact]
    public async Task Report_ranks_unanswered_questions_and_the_least_helpful_answers_skipping_a_broken_line()
    {
        var folder = await QuestionLogFiles.WriteSampleAsync();

        var (exit, output) = await RunAsync("report", "--folder", folder);

        Assert.True(exit == 0, output);
        var lines = output.Split('\n');
        var ramen = Array.FindIndex(lines, l => l.Contains("ラーメン屋 おすすめ", StringComparison.Ordinal));
        var garbage = Array.FindIndex(lines, l => l.Contains("ゴミの日はいつ", StringComparison.Ordinal));
        Assert.True(ramen >= 0 && garbage > ramen, output);
        Assert.Matches(@"\s3\s+handa\s+2026-11-28 12:00\s+ラーメン屋 おすすめ", lines[ramen]);
        var nursery = Array.FindIndex(lines, l => l.Contains("保育園の欠席連絡", StringComparison.Ordinal));
        var card = Array.FindIndex(lines, l => l.Contains("マイナンバーカードの交付率", StringComparison.Ordinal));
        Assert.True(nursery >= 0 && card > nursery, output);
        Assert.Matches(@"^\s*2\s+0\s+保育園の欠席連絡\s.*保育園を休むとき", lines[nursery]);
        Assert.Matches(@"^\s*0\s+2\s+マイナンバーカードの交付率", lines[card]);
        Assert.Contains("2026-11-28.jsonl line 2", output);
    }

    [Fact]
    public async Task Report_never_prints_terminal_escape_sequences_from_residents_text()
    {
        var folder = RepositoryPaths.NewTempFolder();
        var osc52 = "\u001B]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007";
        var text = $"ゴミの日{osc52}\u001B[2J\u001B]0;pwned\u001B\\\u202Eはいつ\u009B31m？\r\n次の行";
        await File.WriteAllLinesAsync(Path.Combine(folder, "2026-11-28.jsonl"),
        [
            JsonSerializer.Serialize(new QuestionRecord(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero), "handa", "line", QuestionKind.Unanswered, text), QuestionLogJson.Options),
            JsonSerializer.Serialize(new QuestionRecord(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero), "handa", "line", QuestionKind.NotHelpful, "\u001B[31m赤い\u001B[0m", "保育園\u001B]0;x\u0007の欠席連絡"), QuestionLogJson.Options),
        ]);

        var (exit, output) = await RunAsync("report", "--folder", folder);

        Assert.True(exit == 0, output);
        Assert.True(output.Contains("ゴミの日はいつ? 次の行", StringComparison.Ordinal), output);
        Assert.Contains("保育園の欠席連絡", output);
        Assert.Contains("赤い", output);
        Assert.DoesNotContain("52;c;", output);
        Assert.DoesNotContain("pwned", output);
        Assert.DoesNotContain(output, c => c is '\u001B' or '\u0007' or '\u009B' or '\u202E');
    }

    [Fact]
    public async Task Report_lists_at_most_the_limit_says_how_many_more_and_skips_an_oversized_line()
    {
        var folder = RepositoryPaths.NewTempFolder();
        var lines = Enumerable.Range(1, 5)
            .Select(i => JsonSerializer.Serialize(new QuestionRecord(new DateTimeOffset(2026, 11, 28, i, 0, 0, TimeSpan.Zero), "handa", "line", QuestionKind.Unanswered, $"質問{i}"), QuestionLogJson.Options))
            .Prepend("{\"at\":\"2026-11-28T00:00:00+00:00\",\"cityId\":\"handa\",\"channelId\":\"line\",\"kind\":\"unanswered\",\"text\":\"" + new string('長', 1_000_000) + "\"}");
        await File.WriteAllLinesAsync(Path.Combine(folder, "2026-11-28.jsonl"), lines);

        var (exit, output) = await RunAsync("report", "--folder", folder, "--limit", "2");
        var (badExit, bad) = await RunAsync("report", "--folder", folder, "--limit", "0");

        Assert.True(exit == 0, output);
        Assert.Contains("5 distinct, 5 asked", output);
        Assert.Contains("質問5", output);
        Assert.Contains("質問4", output);
        Assert.DoesNotContain("質問3", output);
        Assert.Contains("… and 3 more", output);
        Assert.Contains("2026-11-28.jsonl line 1", output);
        Assert.DoesNotContain("長長", output);
        Assert.Equal(2, badExit);
        Assert.Contains("Invalid --limit 0", bad);
    }

    [Fact]
    public async Task Report_takes_a_city_and_a_first_day_and_refuses_a_bad_date()
    {
        var folder = await QuestionLogFiles.WriteSampleAsync();

        var (cityExit, tsushima) = await RunAsync("report", "--folder", folder, "--city", "tsushima");
        var (sinceExit, recent) = await RunAsync("report", "--folder", folder, "--since", "2026-11-25");
        var (badExit, bad) = await RunAsync("report", "--folder", folder, "--since", "25/11/2026");

        Assert.Equal(0, cityExit);
        Assert.Contains("フェリーの時刻", tsushima);
        Assert.DoesNotContain("ラーメン", tsushima);
        Assert.DoesNotContain("保育園の欠席連絡", tsushima);
        Assert.Equal(0, sinceExit);
        Assert.Contains("ラーメン屋 おすすめ", recent);
        Assert.DoesNotContain("ゴミの日", recent);
        Assert.DoesNotContain("フェリー", recent);
        Assert.Equal(2, badExit);
        Assert.Contains("Invalid --since '25/11/2026'", bad);
    }

    private static int Entries(string reindexOutput)
    {
        var line = reindexOutput.Split('\n').First(l => l.StartsWith("Indexed generation", StringComparison.Ordinal));
        var afterColon = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        return int.Parse(afterColon[..afterColon.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(args, input: null);

    private static Task<(int ExitCode, string Output)> RunAsync(string[] args, string? input) =>
        DxBotCommand.RunAsync(RepositoryPaths.DxBotDll, args, RepositoryPaths.Root, input: input);
}
