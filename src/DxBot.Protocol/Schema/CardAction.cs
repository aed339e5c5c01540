namespace DxBot.Protocol.Schema;

/// <summary>A clickable action (suggested action, card button).</summary>
public sealed record CardAction(string Type, string Title, object? Value = null)
{
    public string? Text { get; init; }

    public string? DisplayText { get; init; }

    /// <summary>An imBack action: the title is sent back as the user's message.</summary>
    public static CardAction ImBack(string title, string? value = null) => new(ActionTypes.ImBack, title, value ?? title);
}
