namespace DxBot.Dialogs.Tests.Support;

/// <summary>A clock a test moves by hand.</summary>
internal sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
