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

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool Succeeded => Status is >= 200 and < 300;

    public string? ReplyToken => Path == FakeLineApi.ReplyPath ? Json.GetProperty("replyToken").GetString() : null;

    public string? To => Path == FakeLineApi.PushPath ? Json.GetProperty("to").GetString() : null;

    public string? ChatId => Path == FakeLineApi.LoadingPath ? Json.GetProperty("chatId").GetString() : null;

    public IReadOnlyList<JsonElement> Messages =>
        Json.TryGetProperty("messages", out var messages) ? messages.EnumerateArray().ToList() : [];

    /// <summary>The texts of the text messages, in order.</summary>
    public IReadOnlyList<string> Texts =>
        Messages.Where(m => m.GetProperty("type").GetString() == "text").Select(m => m.GetProperty("text").GetString()!).ToList();

    public override string ToString() => $"#{Sequence} {Path} -> {Status} {Body}";
}
