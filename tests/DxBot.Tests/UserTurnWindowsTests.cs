using DxBot.Hosting;

namespace DxBot.Tests;

public sealed class UserTurnWindowsTests
{
    [Fact]
    public void A_user_gets_the_permits_then_one_notice_then_nothing_until_the_window_ends()
    {
        var time = new SteppedTime();
        var windows = new UserTurnWindows(permits: 2, TimeSpan.FromMinutes(1), time);

        Assert.Equal(
            [TurnAdmission.Admitted, TurnAdmission.Admitted, TurnAdmission.TellToWait, TurnAdmission.Drop, TurnAdmission.Drop],
            Enumerable.Range(0, 5).Select(_ => windows.Admit("line\nU1")));
        Assert.Equal(TurnAdmission.Admitted, windows.Admit("line\nU2"));

        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(TurnAdmission.Drop, windows.Admit("line\nU1"));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([TurnAdmission.Admitted, TurnAdmission.Admitted, TurnAdmission.TellToWait], Enumerable.Range(0, 3).Select(_ => windows.Admit("line\nU1")));
    }

    [Fact]
    public void Users_idle_for_a_whole_window_are_forgotten()
    {
        var time = new SteppedTime();
        var windows = new UserTurnWindows(permits: 20, TimeSpan.FromMinutes(1), time);
        foreach (var user in Enumerable.Range(0, 20_000))
        {
            windows.Admit($"line\nU{user}");
        }

        time.Advance(TimeSpan.FromMinutes(1));
        windows.Admit("line\nU-new");

        Assert.Equal(1, windows.Count);
    }

    private sealed class SteppedTime : TimeProvider
    {
        private long ticks = 1;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => ticks;

        public void Advance(TimeSpan by) => ticks += by.Ticks;
    }
}
