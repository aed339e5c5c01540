using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DxBot.LoadBench;

/// <summary>
/// One loopback Kestrel server standing in for api.line.me (reply, push, loading animation) and for the Bot Connector
/// (`/v3/conversations/{id}/activities/{replyToId}`). It answers as those services do, with no validation beyond
/// reading the key: the tests check the contract, this only has to be cheap and to time the answers.
/// </summary>
internal sealed class FakeChannelApis : IAsyncDisposable
{
    private static readonly byte[] ReplyOk = """{"sentMessages":[{"id":"1","quoteToken":"q"}]}"""u8.ToArray();
    private static readonly byte[] Empty = "{}"u8.ToArray();
    private readonly WebApplication _app;

    private FakeChannelApis(WebApplication app, ReplyBoard board)
    {
        _app = app;
        Board = board;
    }

    public ReplyBoard Board { get; }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>
    /// How long each call takes to be answered: zero on loopback, tens of milliseconds for the real api.line.me. A bot
    /// that waits for each call before the next turn of the same worker is limited by it, one that does not is not.
    /// </summary>
    public TimeSpan Latency { get; set; }

    public static async Task<FakeChannelApis> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeChannelApis(app, new ReplyBoard());
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.BaseUrl = new Uri(address);
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var body = await ReadAsync(context.Request);
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        context.Response.ContentType = "application/json";
        switch (path)
        {
            case "/v2/bot/message/reply" when TopLevelString(body, "replyToken") is { } token:
                Board.Answered(token);
                await context.Response.Body.WriteAsync(ReplyOk);
                return;
            case "/v2/bot/message/push":
                Board.Pushed();
                await context.Response.Body.WriteAsync(ReplyOk);
                return;
            case "/v2/bot/chat/loading/start":
                Board.Other();
                context.Response.StatusCode = StatusCodes.Status202Accepted;
                await context.Response.Body.WriteAsync(Empty);
                return;
        }

        // Bot Connector: POST /v3/conversations/{conversationId}/activities[/{replyToId}]
        if (path.StartsWith("/v3/conversations/", StringComparison.Ordinal) && context.Request.Method == HttpMethods.Post)
        {
            var type = TopLevelString(body, "type");
            var replyToId = TopLevelString(body, "replyToId") ?? LastSegmentAfterActivities(path);
            if (type == "message" && replyToId is not null)
            {
                Board.Answered(replyToId);
            }
            else
            {
                Board.Other();
            }

            await context.Response.WriteAsync($$"""{"id":"{{Guid.NewGuid():N}}"}""");
            return;
        }

        Board.UnexpectedCall();
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await context.Response.Body.WriteAsync(Empty);
    }

    private static async Task<byte[]> ReadAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static string? LastSegmentAfterActivities(string path)
    {
        var marker = path.IndexOf("/activities/", StringComparison.Ordinal);
        return marker < 0 ? null : Uri.UnescapeDataString(path[(marker + "/activities/".Length)..]);
    }

    /// <summary>A string property of the body's top-level object, without building a document.</summary>
    private static string? TopLevelString(byte[] body, string name)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            var depth = 0;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        depth++;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        depth--;
                        break;
                    case JsonTokenType.PropertyName when depth == 1 && reader.ValueTextEquals(name):
                        reader.Read();
                        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
