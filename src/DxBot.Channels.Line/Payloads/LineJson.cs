using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace DxBot.Channels.Line.Payloads;

/// <summary>The JSON settings of LINE's payloads (camelCase, nulls omitted).</summary>
public static class LineJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Staff read recorded payloads; \uXXXX escapes would make the Japanese unreadable.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        // LINE adds properties over time; unknown ones must not break a webhook.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}
