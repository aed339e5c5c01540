using System.Text.Json;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>One request the bot made to the fake LINE API, what the contract said of it, and what was answered.</summary>
internal sealed record LineApiCall(
    int Sequence,
    string Path,
    string Body,
    string? Authorization,
    string? RetryKey,
    int Status,
    IReadOnlyList<string> ContractErrors)
{
    public string Method { get; init; } = "POST";

    public string? ContentType { get; init; }

    /// <summary>The body's bytes (an uploaded image has no text body).</summary>
    public byte[] Content { get; init; } = [];

    public JsonElement Json => JsonDocument.Parse(Body.Length == 0 ? "{}" : Body).RootElement;

    public bool Succeeded => Status is >= 200 and < 300;

    public string? ReplyToken => Path == FakeLineApi.ReplyPath ? Json.GetProperty("replyToken").GetString() : null;

    public string? To => Path == FakeLineApi.PushPath ? Json.GetProperty("to").GetString() : null;

    /// <summary>A multicast's recipients.</summary>
    public IReadOnlyList<string> Recipients =>
        Path == FakeLineApi.MulticastPath ? Json.GetProperty("to").EnumerateArray().Select(t => t.GetString()!).ToList() : [];

    public string? ChatId => Path == FakeLineApi.LoadingPath ? Json.GetProperty("chatId").GetString() : null;

    public IReadOnlyList<JsonElement> Messages =>
        Json.TryGetProperty("messages", out var messages) ? messages.EnumerateArray().ToList() : [];

    /// <summary>The texts of the text messages, in order.</summary>
    public IReadOnlyList<string> Texts =>
        Messages.Where(m => m.GetProperty("type").GetString() == "text").Select(m => m.GetProperty("text").GetString()!).ToList();

    /// <summary>What the resident reads, in order: the text messages' texts and the Flex messages' text fallback (altText).</summary>
    public IReadOnlyList<string> Readable =>
        Messages.Select(m => m.GetProperty("type").GetString() switch
        {
            "text" => m.GetProperty("text").GetString(),
            "flex" => m.GetProperty("altText").GetString(),
            _ => null,
        }).OfType<string>().ToList();

    public override string ToString() => $"#{Sequence} {Path} -> {Status} {Body}";
}
