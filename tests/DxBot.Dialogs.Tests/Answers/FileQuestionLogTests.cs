using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DxBot.Dialogs.Tests.Answers;

public sealed class FileQuestionLogTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Writes_one_json_line_per_entry_in_the_days_file_and_reads_them_back()
    {
        using var folder = new TemporaryFolder();
        var log = new FileQuestionLog(folder.Path, 90, new SettableTime(Now), NullLogger<FileQuestionLog>.Instance);

        await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, "ラーメン屋は？\n二行目"), CancellationToken.None);
        await log.RecordAsync(new QuestionRecord(Now.AddMinutes(1), "handa", "line", QuestionKind.NotHelpful, "交付率は？", "マイナンバーカードの交付率"), CancellationToken.None);

        var lines = await File.ReadAllLinesAsync(Path.Combine(folder.Path, "2026-12-01.jsonl"));
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"kind\":\"notHelpful\"", lines[1]);
        Assert.Contains("マイナンバーカードの交付率", lines[1]);
        var read = await log.ReadAsync(DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal(["ラーメン屋は？\n二行目", "交付率は？"], read.Select(r => r.Text));
        Assert.Equal(QuestionKind.NotHelpful, read[1].Kind);
        Assert.Equal("マイナンバーカードの交付率", read[1].EntryTitle);
    }

    [Fact]
    public async Task Two_writers_on_one_folder_lose_no_line()
    {
        using var folder = new TemporaryFolder();
        var first = new FileQuestionLog(folder.Path, 90, new SettableTime(Now), NullLogger<FileQuestionLog>.Instance);
        var second = new FileQuestionLog(folder.Path, 90, new SettableTime(Now), NullLogger<FileQuestionLog>.Instance);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, $"質問{i}"), CancellationToken.None))));

        var read = await first.ReadAsync(DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal(200, read.Count);
        Assert.Equal(200, read.Select(r => r.Text).Distinct().Count());
    }

    [Fact]
    public async Task Files_older_than_the_retention_are_deleted_and_others_kept()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Path);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "2026-08-01.jsonl"), "{}\n");
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "2026-09-02.jsonl"), "{}\n");
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "notes.txt"), "an administrator's own file");
        var time = new SettableTime(Now);
        var log = new FileQuestionLog(folder.Path, 90, time, NullLogger<FileQuestionLog>.Instance);

        await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, "質問"), CancellationToken.None);

        Assert.Equal(["2026-09-02.jsonl", "2026-12-01.jsonl", "notes.txt"], Files(folder.Path));

        // A bot that runs for days prunes as each day begins.
        time.Now = Now.AddDays(2);
        await log.RecordAsync(new QuestionRecord(time.Now, "handa", "line", QuestionKind.Unanswered, "質問"), CancellationToken.None);

        Assert.Equal(["2026-12-01.jsonl", "2026-12-03.jsonl", "notes.txt"], Files(folder.Path));
    }

    [Fact]
    public async Task A_corrupted_line_is_skipped_and_the_rest_still_reported()
    {
        using var folder = new TemporaryFolder();
        var logger = new CapturingLogger<FileQuestionLog>();
        var log = new FileQuestionLog(folder.Path, 90, new SettableTime(Now), logger);
        await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, "ラーメン屋は？"), CancellationToken.None);
        await File.AppendAllTextAsync(Path.Combine(folder.Path, "2026-12-01.jsonl"), "not json at all\n{\"at\":\"2026-12-01T03:00:00Z\",\"kind\":\"unans\n[1,2]\n");
        await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, "ラーメン屋は？"), CancellationToken.None);

        var read = await log.ReadAsync(DateTimeOffset.MinValue, CancellationToken.None);
        var report = QuestionReport.Build(read);

        Assert.Equal(2, read.Count);
        Assert.Equal(2, Assert.Single(report.Unanswered).Count);
        Assert.Equal(3, logger.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("2026-12-01.jsonl", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_failed_write_never_throws_and_is_logged_without_the_text()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Path);
        // The log's folder is a file: every write fails.
        var blocked = Path.Combine(folder.Path, "blocked");
        await File.WriteAllTextAsync(blocked, "");
        var logger = new CapturingLogger<FileQuestionLog>();
        var log = new FileQuestionLog(blocked, 90, new SettableTime(Now), logger);

        await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, "秘密の質問"), CancellationToken.None);

        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.DoesNotContain("秘密の質問", warning.Message);
    }

    [Fact]
    public async Task A_turn_goes_on_when_the_log_cannot_be_written()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Path);
        var blocked = Path.Combine(folder.Path, "blocked");
        await File.WriteAllTextAsync(blocked, "");
        var bot = new BotHarness("handa", questions: new FileQuestionLog(blocked, 90, TimeProvider.System, NullLogger<FileQuestionLog>.Instance));

        var reply = await bot.AskAsync("おすすめのラーメン屋を教えて");

        Assert.Contains("半田市 デジタル課", reply);
    }

    [Fact]
    public async Task Reading_since_a_day_skips_earlier_days_and_entries()
    {
        using var folder = new TemporaryFolder();
        var time = new SettableTime(Now.AddDays(-3));
        var log = new FileQuestionLog(folder.Path, 90, time, NullLogger<FileQuestionLog>.Instance);
        await log.RecordAsync(new QuestionRecord(time.Now, "handa", "line", QuestionKind.Unanswered, "古い質問"), CancellationToken.None);
        time.Now = Now;
        await log.RecordAsync(new QuestionRecord(time.Now, "handa", "line", QuestionKind.Unanswered, "新しい質問"), CancellationToken.None);

        var read = await log.ReadAsync(Now.AddHours(-1), CancellationToken.None);

        Assert.Equal("新しい質問", Assert.Single(read).Text);
    }

    [Fact]
    public async Task The_days_file_stays_open_between_entries_and_every_entry_is_in_it_when_recorded()
    {
        using var folder = new TemporaryFolder();
        var time = new SettableTime(Now);
        var log = new FileQuestionLog(folder.Path, 90, time, NullLogger<FileQuestionLog>.Instance);
        var today = Path.Combine(folder.Path, "2026-12-01.jsonl");

        for (var i = 0; i < 3; i++)
        {
            await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, $"質問{i}"), CancellationToken.None);
            // In the file as soon as recorded: nothing waits in the process for a flush.
            Assert.Equal(i + 1, (await File.ReadAllLinesAsync(today)).Length);
        }

        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(1, OpenHandlesTo(today));
        }

        // The next day's entry goes to the next day's file, and the earlier one is closed.
        time.Now = Now.AddDays(1);
        await log.RecordAsync(new QuestionRecord(time.Now, "handa", "line", QuestionKind.Unanswered, "翌日の質問"), CancellationToken.None);
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(0, OpenHandlesTo(today));
        }

        log.Dispose();
        Assert.Equal(["質問0", "質問1", "質問2", "翌日の質問"], (await log.ReadAsync(DateTimeOffset.MinValue, CancellationToken.None)).Select(r => r.Text));
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(0, OpenHandlesTo(Path.Combine(folder.Path, "2026-12-02.jsonl")));
        }
    }

    [Fact]
    public async Task An_entry_after_the_days_file_was_deleted_or_moved_by_hand_is_kept_in_a_new_file()
    {
        using var folder = new TemporaryFolder();
        var log = new FileQuestionLog(folder.Path, 90, new SettableTime(Now), NullLogger<FileQuestionLog>.Instance);
        var today = Path.Combine(folder.Path, "2026-12-01.jsonl");
        await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, "消される質問"), CancellationToken.None);

        File.Move(today, Path.Combine(folder.Path, "archived.txt"));
        await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, "移動の後の質問"), CancellationToken.None);
        Directory.Delete(folder.Path, recursive: true);
        await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, "削除の後の質問"), CancellationToken.None);

        Assert.Equal(["削除の後の質問"], (await log.ReadAsync(DateTimeOffset.MinValue, CancellationToken.None)).Select(r => r.Text));
    }

    [Fact]
    public async Task Lines_another_process_appended_between_two_entries_are_not_overwritten()
    {
        using var folder = new TemporaryFolder();
        var log = new FileQuestionLog(folder.Path, 90, new SettableTime(Now), NullLogger<FileQuestionLog>.Instance);
        var other = new QuestionRecord(Now, "omaezaki", "teams", QuestionKind.Unanswered, "別のプロセスの質問");
        await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, "一つ目"), CancellationToken.None);

        await File.AppendAllTextAsync(Path.Combine(folder.Path, "2026-12-01.jsonl"), System.Text.Json.JsonSerializer.Serialize(other, QuestionLogJson.Options) + "\n");
        await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, "二つ目"), CancellationToken.None);

        Assert.Equal(["一つ目", "別のプロセスの質問", "二つ目"], (await log.ReadAsync(DateTimeOffset.MinValue, CancellationToken.None)).Select(r => r.Text));
    }

    // The process's open file descriptors that point at the file (Linux).
    private static int OpenHandlesTo(string path) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(fd =>
        {
            try
            {
                return fd.LinkTarget == path;
            }
            catch (IOException)
            {
                // A descriptor closed while listing.
                return false;
            }
        });

    private static string[] Files(string folder) =>
        [.. Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];
}
