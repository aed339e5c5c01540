using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
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
        var contact = city.ContactFor("support");
        var office = contact is null ? $"{city.Name}の担当窓口" : $"{city.Name} {contact.Department}" + (contact.Phone is { } phone ? $"（電話 {phone}）" : "");

        // Programs the question matches best come first; the others keep the plan's order.
        var hits = snapshot.Searcher.Search(new SearchRequest(request.Question, request.CityId, MaxResults: 20, Topic: KnowledgeTopics.Support));
        var rank = hits.Select((h, i) => (h.Entry.Title, i)).GroupBy(x => x.Title).ToDictionary(g => g.Key, g => g.Min(x => x.i));
        var programs = snapshot.Base.SupportPrograms
            .Where(p => p.CityId == request.CityId)
            .Select((p, order) => (Program: p, Order: order))
            .OrderBy(x => rank.GetValueOrDefault(x.Program.Title, int.MaxValue))
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
}
