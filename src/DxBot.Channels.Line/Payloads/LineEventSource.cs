namespace DxBot.Channels.Line.Payloads;

/// <summary>Where an event comes from: a 1:1 chat, a group or a room (webhook.yml Source).</summary>
public sealed record LineEventSource
{
    public const string User = "user";
    public const string Group = "group";
    public const string Room = "room";

    public required string Type { get; init; }

    public string? UserId { get; init; }

    public string? GroupId { get; init; }

    public string? RoomId { get; init; }

    public bool IsOneToOne => Type == User;

    /// <summary>The chat an answer goes to (a push's `to`): the group or room if any, else the user.</summary>
    public string? ChatId => Type switch
    {
        Group => GroupId,
        Room => RoomId,
        _ => UserId,
    };

    // The ids are personal data: keep them out of any accidental log line.
    public override string ToString() => $"LineEventSource {{ Type = {Type} }}";
}
