using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>Posts activities to the messaging endpoint as the Bot Connector service does.</summary>
internal static class BotClientExtensions
{
    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonObject activity, string? token, Action<HttpRequestMessage>? configure = null) =>
        client.PostRawAsync(activity.ToJsonString(), token, configure);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string body, string? token, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        configure?.Invoke(request);
        return client.SendAsync(request);
    }
}
