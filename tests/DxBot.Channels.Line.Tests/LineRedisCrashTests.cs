using System.Globalization;
using System.Text.RegularExpressions;
using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Storage.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace DxBot.Channels.Line.Tests;

/// <summary>
/// Two instances sharing a real redis-server; the one that acknowledged the events is killed (SIGKILL) and not started
/// again: the other takes its unanswered events over (XAUTOCLAIM) and answers each once.
/// </summary>
public sealed class LineRedisCrashTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    /// <summary>
    /// How long an event must go untouched before the survivor takes it. The killed instance touches its events every
    /// <see cref="ClaimInterval"/>, so the survivor can take one from it while it is alive only if the instance stalls
    /// this long; at 4 s a loaded 2-core machine running the whole suite in parallel did so once in six CI runs (its
    /// events answered by both or out of order). 20 s is forty touch rounds: the test waits that long once, after the
    /// kill, and nothing in it sleeps for a fixed time (every wait is on a condition with a deadline).
    /// </summary>
    internal static readonly TimeSpan ClaimAfter = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan ClaimInterval = TimeSpan.FromMilliseconds(500);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dxbot-line-crash-" + Guid.NewGuid().ToString("N"));
    private readonly string _keyPrefix = "c" + Guid.NewGuid().ToString("N")[..6] + ":";

    [Fact]
    public async Task Another_instance_answers_exactly_once_what_a_killed_instance_acknowledged()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        var scenario = new CrashScenario();

        lineApi.HoldSendsAfter(CrashScenario.AnsweredBeforeKill);
        await using var survivor = await DxBotProcess.StartAsync(Settings(lineApi, "survivor"), Folder("survivor"));
        await using (var killed = await DxBotProcess.StartAsync(Settings(lineApi, "killed"), Folder("killed")))
        {
            await scenario.PostAllAsync(killed);
            Assert.Equal(scenario.Count, scenario.Acknowledged.Count);
            await lineApi.WaitForHeldAsync(CrashScenario.Workers, TimeSpan.FromMinutes(2));
            await killed.KillAsync();
        }

        // Said apart from the checks below, which such a take-over would fail less plainly: nothing was taken over
        // while the instance holding it was alive (it would have had to stall for ClaimAfter).
        Assert.Equal(0, Recovered(survivor));
        var answeredBeforeKill = scenario.Answered(lineApi.Calls);
        Assert.Equal(CrashScenario.AnsweredBeforeKill, answeredBeforeKill);
        lineApi.StopHolding();

        await lineApi.WaitForAsync(scenario.AllAnswered, "an answer to every acknowledged event", TimeSpan.FromMinutes(3));

        // Each answered event is acknowledged and deleted from the stream: then nothing more can be sent twice.
        var database = redis.Connection.GetDatabase();
        RedisKey stream = _keyPrefix + "journal:line";
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (await database.StreamLengthAsync(stream) > 0 || (await database.StreamPendingAsync(stream, "workers")).PendingMessageCount > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the stream still holds events");
            await Task.Delay(100);
        }

        scenario.AssertAnsweredExactlyOnceInOrder(lineApi.Calls);
        // Taken over, all that was left, in one claim round.
        Assert.Equal(scenario.Count - answeredBeforeKill, Recovered(survivor));
        Assert.All(scenario.UserIds, user => Assert.DoesNotContain(user, survivor.Output, StringComparison.Ordinal));
    }

    private static int Recovered(DxBotProcess survivor) =>
        Regex.Matches(survivor.Output, "([0-9]+) unanswered LINE events recovered from the journal").Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private Dictionary<string, string> Settings(FakeLineApi lineApi, string instance)
    {
        var settings = CrashScenario.Settings(lineApi, Folder(instance));
        settings["Storage:Redis"] = redis.Configuration;
        settings["Storage:RedisKeyPrefix"] = _keyPrefix;
        // Short beside the defaults (5 min, 30 s), for the test; the turn timeout stays below ClaimAfter, as the
        // options require.
        settings["Line:TurnTimeout"] = "00:00:03";
        settings["Line:Journal:ClaimAfter"] = ClaimAfter.ToString("c", CultureInfo.InvariantCulture);
        settings["Line:Journal:ClaimInterval"] = ClaimInterval.ToString("c", CultureInfo.InvariantCulture);
        return settings;
    }

    private string Folder(string instance)
    {
        var folder = Path.Combine(_folder, instance);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
