using System.Text.Json;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>An HTTP answer's JSON body, detached from its document.</summary>
internal static class JsonContentExtensions
{
    public static async Task<JsonElement> ReadFromJsonAsync(this HttpContent content) =>
        JsonDocument.Parse(await content.ReadAsStringAsync()).RootElement.Clone();
}
