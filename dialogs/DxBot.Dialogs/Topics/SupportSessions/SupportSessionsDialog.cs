using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.SupportSessions;

/// <summary>
/// Support for people not at ease with smartphones: what the city's plan provides (most relevant to the question
/// first) and the upcoming dates and venues administrators have published.
/// </summary>
public sealed class SupportSessionsDialog : ComponentDialog
{
    private const int MaxPrograms = 4;
    private const int MaxSessions = 3;

    private readonly IKnowledgeProvider _knowledge;
    private readonly DialogOptions _options;
    private readonly TimeProvider _time;

    public SupportSessionsDialog(IKnowledgeProvider knowledge, DialogOptions options, TimeProvider time)
        : base(nameof(SupportSessionsDialog))
    {
        _knowledge = knowledge;
        _options = options;
        _time = time;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AnswerStepAsync]));
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<TopicRequest>()!;
        await stepContext.Context.SendActivityAsync(
            MessageFactory.SuggestedActions(SupportSessionsStrings.NextChoices, Compose(request)),
            cancellationToken).ConfigureAwait(false);
        return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private string Compose(TopicRequest request)
    {
        var snapshot = _knowledge.Current;
        var city = snapshot.Base.Cities[request.CityId];
        var office = ContactText.Office(city, "support");

        // Programs the question matches best come first; the others keep the plan's order.
        var question = TextNormalizer.Normalize(request.Question);
        var programs = snapshot.Base.SupportPrograms
            .Where(p => p.CityId == request.CityId)
            .Select((p, order) => (Program: p, Order: order, Relevance: Relevance(p, question)))
            .OrderByDescending(x => x.Relevance)
            .ThenBy(x => x.Order)
            .Select(x => x.Program)
            .Take(MaxPrograms)
            .ToList();
        if (programs.Count == 0)
        {
            return SupportSessionsStrings.NoPrograms(city.Name, office);
        }

        var perProgram = Math.Max(60, _options.MaxAnswerLength / programs.Count);
        var lines = new List<string> { SupportSessionsStrings.Heading(city.Name) };
        lines.AddRange(programs.Select(p => SupportSessionsStrings.Program(p, AnswerFormatter.Shorten(p.Description, perProgram))));

        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        var upcoming = snapshot.Base.SupportSessions
            .Where(s => s.CityId == request.CityId && s.Date >= today)
            .OrderBy(s => s.Date)
            .Take(MaxSessions)
            .ToList();
        if (upcoming.Count > 0)
        {
            lines.Add(SupportSessionsStrings.UpcomingHeading);
            lines.AddRange(upcoming.Select(SupportSessionsStrings.Session));
        }
        else
        {
            lines.Add(SupportSessionsStrings.NoDates(office));
        }

        var sources = programs.Select(p => p.Source.ToString()).Distinct().Take(3);
        lines.Add(AnswerFormatter.SourcePrefix + string.Join("／", sources));
        return string.Join("\n", lines);
    }

    /// <summary>How many two-character pieces of the question the program's title (twice) and description contain.</summary>
    private static int Relevance(SupportProgram program, string normalizedQuestion)
    {
        var title = TextNormalizer.Normalize(program.Title + program.Kind);
        var description = TextNormalizer.Normalize(program.Description);
        var score = 0;
        for (var i = 0; i + 1 < normalizedQuestion.Length; i++)
        {
            var piece = normalizedQuestion.Substring(i, 2);
            score += (title.Contains(piece, StringComparison.Ordinal) ? 2 : 0) + (description.Contains(piece, StringComparison.Ordinal) ? 1 : 0);
        }

        return score;
    }
}
