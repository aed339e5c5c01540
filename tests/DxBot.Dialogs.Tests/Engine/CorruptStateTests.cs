using DxBot.Dialogs.State;
using DxBot.Dialogs.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DxBot.Dialogs.Tests.Engine;

public sealed class CorruptStateTests
{
    [Theory]
    [InlineData("{\"UserProfile\":{\"cityId\":\"han")]
    [InlineData("\0\0\0\0")]
    [InlineData("[1,2,3]")]
    public async Task A_corrupt_user_profile_file_is_discarded_and_the_turn_is_answered(string content)
    {
        using var folder = new TemporaryFolder();
        var logger = new CapturingLogger<FileStorage>();
        var storage = new FileStorage(folder.Path, logger: logger);
        // Not bound to a city, so the turn needs the user's profile (the city they chose).
        var bot = new BotHarness(boundCity: null, storage: storage);
        var file = Path.Combine(folder.Path, StorageKeys.Hash($"test/users/{bot.UserId}") + ".json");
        await File.WriteAllTextAsync(file, content);

        var reply = await bot.AskAsync("半田市のマイナンバーカードの交付率は？");

        Assert.Contains("52.2%", reply);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.DoesNotContain(bot.UserId, warning.Message);
        Assert.DoesNotContain("han", warning.Message);
        // The next turn reads what this one saved: the bad file is gone for good.
        Assert.Contains("52.2%", await bot.AskAsync("マイナンバーカードの交付率は？"));
        Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task A_user_profile_of_the_wrong_shape_starts_afresh_and_the_turn_is_answered()
    {
        var bot = new BotHarness(boundCity: null);
        await bot.Storage.WriteAsync(new Dictionary<string, System.Text.Json.Nodes.JsonObject>
        {
            [$"test/users/{bot.UserId}"] = new() { ["UserProfile"] = new System.Text.Json.Nodes.JsonObject { ["cityId"] = new System.Text.Json.Nodes.JsonArray(1, 2) } },
        }, CancellationToken.None);

        Assert.Contains("半田市", await bot.AskAsync("半田市のマイナンバーカードの交付率は？"));
        Assert.Contains("52.2%", await bot.AskAsync("半田市のマイナンバーカードの交付率は？"));
    }

    [Fact]
    public async Task Stale_temporary_files_are_deleted_at_start_and_by_the_sweep_but_not_fresh_ones()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Path);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var stale = Path.Combine(folder.Path, "aaaa.json.tmp");
        var fresh = Path.Combine(folder.Path, "bbbb.json.tmp");
        await File.WriteAllTextAsync(stale, "{");
        await File.WriteAllTextAsync(fresh, "{");
        File.SetLastWriteTimeUtc(stale, time.GetUtcNow().UtcDateTime - TimeSpan.FromHours(1));
        File.SetLastWriteTimeUtc(fresh, time.GetUtcNow().UtcDateTime - TimeSpan.FromMinutes(1));

        var storage = new FileStorage(folder.Path, TimeSpan.FromDays(30), time);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));

        // A process that runs for days sweeps the leftovers of writes that crashed while it ran.
        time.Advance(TimeSpan.FromHours(2));
        await storage.WriteAsync(new Dictionary<string, System.Text.Json.Nodes.JsonObject> { ["k"] = new() { ["n"] = 1 } }, CancellationToken.None);
        Assert.False(File.Exists(fresh));
        Assert.Single(Directory.GetFiles(folder.Path));
    }
}
