using DxBot.Cli;
using DxBot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Tests.Support;

/// <summary>The bot's services on the bundled knowledge, built once for a test class (indexing takes a second or two).</summary>
public sealed class BundledBotFixture : IAsyncLifetime
{
    public ServiceProvider Provider { get; private set; } = null!;

    public async Task InitializeAsync() => Provider = await CliServices.BuildAsync([RepositoryPaths.Knowledge], null, CancellationToken.None);

    public async Task DisposeAsync() => await Provider.DisposeAsync();

    /// <summary>A new conversation of a resident (line) or staff member (teams) of the city.</summary>
    public LocalConversation Conversation(string city, string channel = "line") => new(Provider, channel, city);

    /// <summary>The reply to the last of the messages, sent in order in one new conversation.</summary>
    public async Task<string> ReplyAsync(string city, string channel, params string[] turns)
    {
        var conversation = Conversation(city, channel);
        var reply = "";
        foreach (var turn in turns)
        {
            reply = await TextAsync(conversation, turn);
        }

        return reply;
    }

    /// <summary>The text of every message the bot sends back, as the user reads it.</summary>
    public static async Task<string> TextAsync(LocalConversation conversation, string text) =>
        string.Join("\n", (await conversation.SendAsync(text, CancellationToken.None)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
}
