using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DxBot.Dialogs.Answers;

/// <summary>How a <see cref="QuestionRecord"/> is written by every question log, so each can read the others' entries.</summary>
public static class QuestionLogJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Keeps Japanese readable in the file (grep, less); every line is still one JSON value since \n stays escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>One stored entry, or null when it is not JSON or lacks what every entry has (a half-written line).</summary>
    public static QuestionRecord? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<QuestionRecord>(json, Options) is { Text: not null, ChannelId: not null } record ? record : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
