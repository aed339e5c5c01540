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
        // Taken over in rounds, as the events' idle times pass the limit: the rounds add up to what was left.
        var recovered = Regex.Matches(survivor.Output, "([0-9]+) unanswered LINE events recovered from the journal").Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(scenario.Count - answeredBeforeKill, recovered);
        Assert.All(scenario.UserIds, user => Assert.DoesNotContain(user, survivor.Output, StringComparison.Ordinal));
    }

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
        // Short, for the test: a dead instance's events are taken over after 4 s without a touch.
        settings["Line:TurnTimeout"] = "00:00:03";
        settings["Line:Journal:ClaimAfter"] = "00:00:04";
        settings["Line:Journal:ClaimInterval"] = "00:00:00.500";
        return settings;
    }

    private string Folder(string instance)
    {
        var folder = Path.Combine(_folder, instance);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
