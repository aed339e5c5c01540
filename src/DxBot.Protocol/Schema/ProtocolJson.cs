using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace DxBot.Protocol.Schema;

/// <summary>The JSON settings of the wire format: camelCase, nulls omitted, Japanese kept readable.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // People read these payloads in logs and recordings; \uXXXX escapes make Japanese unreadable.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
