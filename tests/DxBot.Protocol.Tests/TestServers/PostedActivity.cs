using System.Text.Json;

namespace DxBot.TestServers;

/// <summary>An activity the fake connector received, with the addressing it came with.</summary>
internal sealed record PostedActivity(
    string Scheme,
    string? Region,
    string ConversationId,
    string? ReplyToId,
    string? Authorization,
    bool Accepted,
    JsonElement Activity)
{
    public string? Text => Activity.TryGetProperty("text", out var text) ? text.GetString() : null;

    public string? Type => Activity.TryGetProperty("type", out var type) ? type.GetString() : null;

    /// <summary>The content of the first Adaptive Card attachment.</summary>
    public JsonElement Card => Activity.GetProperty("attachments")
        .EnumerateArray()
        .First(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive")
        .GetProperty("content");
}
