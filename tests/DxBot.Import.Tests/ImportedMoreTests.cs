using DxBot.Cli;
using DxBot.Dialogs.Answers;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: 「詳しく」 after an answer from an imported passage shows what that answer left, in the order it was
/// reading. The answer leads with the sentences that answer, from the middle of the passage; counted off the passage
/// from its top, the rest repeated what had been shown and skipped what had not.
/// </summary>
public sealed class ImportedMoreTests
{
    [Fact]
    public async Task More_after_an_extractive_answer_shows_nothing_twice_and_reaches_what_was_passed_over()
    {
        var replies = await RepliesWithEveryPlanAsync("goshogawara", "QRコード決済で税金はらいたいんだけど、五所川原市はたいおうしてる？", "詳しく", "詳しく", "詳しく", "詳しく", "詳しく");

        // The answer starts in 取組施策2's 現状と課題 row, not at the passage's opening.
        Assert.Contains("QRコード決済等には対応していない", replies[0], StringComparison.Ordinal);
        var shown = replies.SelectMany(Lines).ToList();
        Assert.Empty(shown.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key));
        // The passage's opening, passed over for the lead, comes with a 「詳しく」.
        Assert.Contains(shown, l => l.StartsWith("・概要 ／ ", StringComparison.Ordinal));
    }

    /// <summary>The sentences of a reply's body: its lines between the title and the citation, without the hints.</summary>
    private static IEnumerable<string> Lines(string reply) =>
        reply.Split('\n').Skip(1).Where(l => !l.StartsWith("出典: ", StringComparison.Ordinal) && !l.StartsWith('※') && !l.StartsWith('（') && l.Length > 0
            && !l.Contains(AnswerStrings.NothingMore, StringComparison.Ordinal));

    private static async Task<IReadOnlyList<string>> RepliesWithEveryPlanAsync(string city, params string[] messages)
    {
        using var knowledge = new CityProfilesOnly();
        foreach (var (seed, seedCity) in new[] { ("000_", "tsushima"), ("001_", "namegata"), ("002_", "omaezaki"), ("003_", "handa"), ("004_", "goshogawara") })
        {
            Assert.Equal(0, ImportCommand.Run(new FileInfo(SeedPlans.Path(seed)), seedCity, null, [knowledge.Path], TextWriter.Null, TextWriter.Null));
        }

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var conversation = new LocalConversation(services, "line", city);
        var replies = new List<string>();
        foreach (var message in messages)
        {
            var activities = await conversation.SendAsync(message, CancellationToken.None);
            replies.Add(string.Join("\n", activities.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text)));
        }

        return replies;
    }
}
