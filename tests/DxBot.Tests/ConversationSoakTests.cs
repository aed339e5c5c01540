using DxBot.Cli;
using DxBot.Dialogs.Topics.Main;
using DxBot.Protocol.Schema;
using DxBot.Tests.Support;

namespace DxBot.Tests;

/// <summary>
/// Residents and staff asking one question after another in no particular order, as in the load benchmark, where a
/// few messages in ten thousand once went unanswered: what one conversation's earlier turns leave in its state must
/// never keep a later message from its answer.
/// </summary>
public sealed class ConversationSoakTests
{
    [Fact]
    public async Task Every_message_of_long_random_conversations_gets_an_answer()
    {
        var questions = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "bench", "load", "questions.tsv"))
            .Where(l => !l.StartsWith('#') && l.Contains('\t'))
            .Select(l => l.Split('\t'))
            .Select(p => (City: p[0], Text: p[1]))
            .ToList();
        await using var services = await CliServices.BuildAsync([RepositoryPaths.Knowledge], null, CancellationToken.None);
        var cities = questions.Select(q => q.City).Distinct().ToList();

        // Seeded, so a failure replays; this seed met the fourth overview question at a prompt before it was fixed.
        var random = new Random(1);
        var unanswered = new List<string>();
        var turns = 0;
        foreach (var channel in new[] { "line", "teams" })
        {
            for (var conversationIndex = 0; conversationIndex < 600; conversationIndex++)
            {
                var city = cities[random.Next(cities.Count)];
                var asked = questions.Where(q => q.City == city).ToList();
                var conversation = new LocalConversation(services, channel, city);
                var history = new List<string>();
                for (var turn = 0; turn < 12; turn++)
                {
                    var question = asked[random.Next(asked.Count)].Text;
                    history.Add(question);
                    var replies = await conversation.SendAsync(question, CancellationToken.None);
                    turns++;
                    var texts = replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text ?? "").ToList();
                    if (texts.Count == 0 || texts.Any(t => t.StartsWith(MainStrings.NotUnderstood, StringComparison.Ordinal)))
                    {
                        unanswered.Add($"{channel} {city}: {string.Join(" / ", history)}");
                    }
                }
            }
        }

        Assert.Equal(14_400, turns);
        Assert.Empty(unanswered);
    }
}
