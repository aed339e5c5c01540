using DxBot.Handoff;
using DxBot.Storage.Sql;
using DxBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using DxBot.Tests.Shared;

namespace DxBot.Tests;

public sealed class HandoffCommandLineTests
{
    [Fact]
    public async Task Handoff_list_prints_the_requests_newest_first_without_the_residents_id()
    {
        var folder = RepositoryPaths.NewTempFolder();
        var file = Path.Combine(folder, "dxbot.db");
        var options = new DatabaseOptions { ConnectionString = $"Data Source={file}" };
        await using (var database = new SqlDatabase(options, folder))
        {
            var store = new HandoffStore(database, new SchemaMigrator(database, HandoffMigrations.All, TimeProvider.System, NullLogger<SchemaMigrator>.Instance));
            var at = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
            await store.InsertAsync(Record("aaaaaaaa1111", "市役所の駐車場は何時から使えますか", at), "encrypted-user-ref-1", CancellationToken.None);
            await store.InsertAsync(Record("bbbbbbbb2222", "図書館の\n返却ポストはどこですか", at.AddHours(1)), "encrypted-user-ref-2", CancellationToken.None);
            await store.CloseAsync("aaaaaaaa1111", HandoffStates.Answered, at.AddHours(2), "総務部 企画課", "午前8時からです。", CancellationToken.None);
        }

        var (exit, output) = await RunAsync("handoff", "list", "--connection-string", $"Data Source={file}");
        var (waitingExit, waiting) = await RunAsync("handoff", "list", "--connection-string", $"Data Source={file}", "--state", "waiting");
        var (badExit, bad) = await RunAsync("handoff", "list", "--connection-string", $"Data Source={file}", "--state", "lost");

        Assert.True(exit == 0, output);
        var lines = output.Split('\n');
        var newest = Array.FindIndex(lines, l => l.StartsWith("bbbbbbbb", StringComparison.Ordinal));
        var older = Array.FindIndex(lines, l => l.StartsWith("aaaaaaaa", StringComparison.Ordinal));
        Assert.True(newest > 0 && older > newest, output);
        Assert.Contains("answered  handa        2026-12-01 10:00  2026-12-01 12:00  総務部 企画課", lines[older], StringComparison.Ordinal);
        Assert.Contains("図書館の 返却ポストはどこですか", lines[newest], StringComparison.Ordinal);
        Assert.Contains("2 requests.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("encrypted-user-ref", output, StringComparison.Ordinal);
        Assert.True(waitingExit == 0, waiting);
        Assert.Contains("1 requests.", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("aaaaaaaa", waiting, StringComparison.Ordinal);
        Assert.Equal(2, badExit);
        Assert.Contains("--state must be one of", bad, StringComparison.Ordinal);
    }

    private static HandoffRecord Record(string id, string question, DateTimeOffset at) =>
        new(id, "handa", "line", question, HandoffStates.Waiting, at, null, null, null, null, null, null);

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] args) =>
        DxBotCommand.RunAsync(RepositoryPaths.DxBotDll, args, RepositoryPaths.Root);
}
