using System.Text.Json;
using System.Text.Json.Serialization;

namespace DxBot.Protocol.Schema;

/// <summary>Metadata attached to an activity (mention, clientInfo…); other properties are kept as they came.</summary>
public sealed record Entity(string Type)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
