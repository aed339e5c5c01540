namespace DxBot.Handoff;

/// <summary>LINE push messages sent for one city in one month (yyyy-MM, Japan time): they count against the account's quota.</summary>
public sealed record PushCount(string City, string Month, long Pushes);
