using System.Text.Json.Serialization;

namespace DxBot.Protocol.Schema;

/// <summary>A user or bot on a channel.</summary>
public sealed record ChannelAccount(string Id, string? Name = null)
{
    [JsonPropertyName("aadObjectId")]
    public string? AadObjectId { get; init; }

    public string? Role { get; init; }
}
