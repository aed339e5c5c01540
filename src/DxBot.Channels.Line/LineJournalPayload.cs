using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using DxBot.Protocol.Storage;

namespace DxBot.Channels.Line;

/// <summary>
/// An accepted event as the journal keeps it: the city, the destination and the event exactly as LINE sent it, so that
/// a later run reads it with the same mapper as the webhook did.
/// </summary>
internal static class LineJournalPayload
{
    public static string Write(string city, string? destination, JsonElement lineEvent)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("city", city);
            if (destination is not null)
            {
                writer.WriteString("destination", destination);
            }

            writer.WritePropertyName("event");
            lineEvent.WriteTo(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The work item of a journal entry; false for an entry this version cannot read.</summary>
    public static bool TryRead(JournalEntry entry, [NotNullWhen(true)] out LineWorkItem? item)
    {
        item = null;
        try
        {
            using var document = JsonDocument.Parse(entry.Payload);
            var root = document.RootElement;
            if (!root.TryGetProperty("city", out var city) || city.GetString() is not { Length: > 0 } cityId
                || !root.TryGetProperty("event", out var json) || !LineWebhookMapper.TryReadEvent(json, out var lineEvent))
            {
                return false;
            }

            var destination = root.TryGetProperty("destination", out var value) ? value.GetString() : null;
            item = new LineWorkItem(cityId, destination, lineEvent, entry.Receipt);
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }
}
