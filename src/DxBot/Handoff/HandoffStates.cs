namespace DxBot.Handoff;

/// <summary>The states of a request, as stored.</summary>
public static class HandoffStates
{
    public const string Waiting = "waiting";
    public const string Answered = "answered";
    public const string Declined = "declined";
    public const string Expired = "expired";

    public static readonly string[] All = [Waiting, Answered, Declined, Expired];
}
