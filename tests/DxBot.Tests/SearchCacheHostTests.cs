using DxBot.Cli;
using DxBot.Knowledge;
using DxBot.Protocol.Schema;
using DxBot.Search;
using DxBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DxBot.Tests;

/// <summary>
/// The host keeps each generation's search results for questions asked again (`Knowledge:SearchCacheEntries`): the
/// same answers as without, asked once or again, and the setting is validated at start.
/// </summary>
public sealed class SearchCacheHostTests
{
    private static readonly string[] Questions =
    [
        "マイナンバーカードの申請方法を教えてください",
        "粗大ごみの出し方は？",
        "DX推進計画の期間はいつまでですか",
    ];

    [Fact]
    public async Task Answers_with_the_cache_asked_once_and_again_are_those_without_it()
    {
        var without = await AnswersAsync(new Dictionary<string, string> { ["Knowledge:SearchCacheEntries"] = "0" }, typeof(LuceneKnowledgeSearcher));
        var with = await AnswersAsync([], typeof(CachingKnowledgeSearcher));

        Assert.Equal(without, with);
        Assert.All(with, a => Assert.NotEmpty(a));
    }

    [Fact]
    public async Task A_negative_size_stops_the_start()
    {
        var error = Assert.IsType<OptionsValidationException>(await HostStart.FailureAsync(new Dictionary<string, string> { ["Knowledge:SearchCacheEntries"] = "-1" }));
        Assert.Contains("SearchCacheEntries", error.Message, StringComparison.Ordinal);
    }

    // Each question twice in a row (the second from the cache when it is on), in a conversation of its own.
    private static async Task<List<string>> AnswersAsync(Dictionary<string, string> settings, Type searcher)
    {
        await using var factory = new DxBotFactory(settings: settings);
        using var client = factory.CreateClient();
        Assert.IsType(searcher, factory.Services.GetRequiredService<IKnowledgeProvider>().Current.Searcher);
        var answers = new List<string>();
        foreach (var question in Questions)
        {
            foreach (var round in new[] { 1, 2 })
            {
                var conversation = new LocalConversation(factory.Services, "line", "handa");
                var replies = await conversation.SendAsync(question, CancellationToken.None);
                answers.Add(string.Join("\n", replies.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text ?? string.Empty)));
            }
        }

        return answers;
    }
}
