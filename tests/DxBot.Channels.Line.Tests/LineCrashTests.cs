using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Tests.Shared;

namespace DxBot.Channels.Line.Tests;

/// <summary>
/// The bot killed (SIGKILL) with acknowledged LINE events still unanswered, then started again on the same journal
/// folder: every event LINE got a 200 for is answered, once (issue #16, finding 6: ~700 acknowledged, 56 answered).
/// </summary>
public sealed class LineCrashTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dxbot-line-crash-" + Guid.NewGuid().ToString("N"));

    public LineCrashTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Every_event_acknowledged_before_a_kill_is_answered_exactly_once_after_the_restart()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        var journal = Path.Combine(_folder, "journal");
        var settings = CrashScenario.Settings(lineApi, _folder);
        settings["Line:Journal:Folder"] = journal;
        var scenario = new CrashScenario();

        lineApi.HoldSendsAfter(CrashScenario.AnsweredBeforeKill);
        await using (var first = await DxBotProcess.StartAsync(settings, _folder))
        {
            await scenario.PostAllAsync(first);
            Assert.Equal(scenario.Count, scenario.Acknowledged.Count);

            // Every worker waits on LINE: the answers before are marked complete, the rest is queued or in flight.
            await lineApi.WaitForHeldAsync(CrashScenario.Workers, TimeSpan.FromMinutes(2));
            await first.KillAsync();
        }

        var answeredBeforeKill = scenario.Answered(lineApi.Calls);
        Assert.Equal(CrashScenario.AnsweredBeforeKill, answeredBeforeKill);
        lineApi.StopHolding();

        await using var second = await DxBotProcess.StartAsync(settings, _folder);
        var calls = await lineApi.WaitForAsync(scenario.AllAnswered, "an answer to every acknowledged event", TimeSpan.FromMinutes(3));

        // Once all their events are answered the journal's files are wiped (kept, zeros, for the next appends): then
        // nothing more can be sent twice, and no resident's id or message stays on the disk.
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!LockedFile.NoneHolds(journal, scenario.UserIds))
        {
            Assert.True(DateTime.UtcNow < deadline, "the journal still holds a user's event: " + string.Join(", ", Directory.EnumerateFiles(journal)));
            await Task.Delay(100);
        }

        scenario.AssertAnsweredExactlyOnceInOrder(lineApi.Calls);
        Assert.Contains($"{scenario.Count - answeredBeforeKill} unanswered LINE events recovered from the journal", second.Output, StringComparison.Ordinal);
        Assert.All(scenario.UserIds, user => Assert.DoesNotContain(user, second.Output, StringComparison.Ordinal));
        Assert.NotEmpty(calls);
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
}
