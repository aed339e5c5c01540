using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Topics.SupportSessions.Booking;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.SupportSessions;

/// <summary>
/// Support for people not at ease with smartphones: what the city's plan provides (most relevant to the question
/// first) and the upcoming dates and venues administrators have published: in the knowledge (`sessions:` of
/// support.yaml) and in the database, where they can be booked (<see cref="SessionCommand"/>).
/// </summary>
public sealed class SupportSessionsDialog : ComponentDialog
{
    private const int MaxPrograms = 4;
    private const int MaxSessions = 3;

    // A program's description in the list: a share of one phone message, the full text being in the knowledge.
    private const int DescriptionLength = 200;

    private readonly IKnowledgeProvider _knowledge;
    private readonly DialogOptions _options;
    private readonly TimeProvider _time;
    private readonly SessionBookingFlow? _booking;

    /// <param name="sessions">The published sessions; without a database only the knowledge's dates are shown.</param>
    /// <param name="notifier">Tells residents of a place moved up or a cancelled session.</param>
    public SupportSessionsDialog(IKnowledgeProvider knowledge, DialogOptions options, TimeProvider time, ISessionStore? sessions = null, ISessionNotifier? notifier = null)
        : base(nameof(SupportSessionsDialog))
    {
        _knowledge = knowledge;
        _options = options;
        _time = time;
        _booking = sessions is null ? null : new SessionBookingFlow(sessions, notifier, time);
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AnswerStepAsync]));
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<TopicRequest>()!;
        if (request.SubTopic == SessionCommand.SubTopic)
        {
            if (SessionCommand.Parse(request.Question) is { } command && _booking is not null)
            {
                await _booking.RunAsync(stepContext.Context, command, request.CityId, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await stepContext.Context.SendActivityAsync(MessageFactory.Text(SessionStrings.Unavailable), cancellationToken).ConfigureAwait(false);
            }

            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var published = _booking is null ? [] : await _booking.UpcomingAsync(request.CityId, cancellationToken).ConfigureAwait(false);
        var (messages, first) = Compose(request, published.Count > 0);
        for (var i = 0; i < messages.Count; i++)
        {
            var activity = i == messages.Count - 1 ? MessageFactory.SuggestedActions(SupportSessionsStrings.NextChoices, messages[i]) : MessageFactory.Text(messages[i]);
            if (i == messages.Count - 1 && published.Count > 0)
            {
                // The bookable sessions last, where the quick replies are: a carousel on LINE, a list elsewhere.
                await stepContext.Context.SendActivityAsync(MessageFactory.Text(messages[i]), cancellationToken).ConfigureAwait(false);
                activity = SessionBookingFlow.Carousel(published) with { SuggestedActions = activity.SuggestedActions };
            }

            await stepContext.Context.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }

        // The program listed first is what a follow-up (「それっていつまで？」「誰とやるの？」) asks about.
        var entry = first is null ? null : _knowledge.Current.Base.Entries.FirstOrDefault(e =>
            e.CityId == request.CityId && e.Topic == KnowledgeTopics.Support && e.Title == first.Title);
        return await stepContext.EndDialogAsync(entry is null ? null : new AnsweredEntry(entry.Title, entry.Id), cancellationToken).ConfigureAwait(false);
    }

    private (IReadOnlyList<string> Messages, SupportProgram? First) Compose(TopicRequest request, bool hasPublished = false)
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
            return ([SupportSessionsStrings.NoPrograms(city.Name, office)], null);
        }

        var today = _time.Today();
        var upcoming = snapshot.Base.SupportSessions
            .Where(s => s.CityId == request.CityId && s.Date >= today)
            .OrderBy(s => s.Date)
            .Take(MaxSessions)
            .ToList();
        List<string> dates = upcoming.Count > 0
            ? [SupportSessionsStrings.UpcomingHeading, .. upcoming.Select(SupportSessionsStrings.Session)]
            : hasPublished ? [] : [SupportSessionsStrings.NoDates(office)];

        // 「次はいつ？どこで？」 with no date known: the first sentence says so, the plan's programs follow as details.
        var lines = new List<string>();
        if (upcoming.Count == 0 && !hasPublished && AskedDateOrPlace(question, programs) is { } aspect)
        {
            lines.Add(SupportSessionsStrings.NoDatesAsked(city.Name, aspect, office));
            lines.Add(SupportSessionsStrings.PlanHeading(city.Name));
            dates = [];
        }
        else
        {
            lines.Add(SupportSessionsStrings.Heading(city.Name));
        }

        // Messages within the limit: the programs that match best, each described in a share of one message; those that
        // do not fit beside them go on in the next message, with the dates and the citation last.
        var citation = AnswerFormatter.SourcePrefix + string.Join("／", programs.Select(p => p.Source.ToString()).Distinct().Take(3));
        lines.AddRange(programs.Select(p => SupportSessionsStrings.Program(p, AnswerFormatter.Shorten(p.Description, DescriptionLength))));
        lines.AddRange(dates);
        lines.Add(citation);
        return (MessagePacker.Pack(lines, _options.MaxAnswerLength), programs[0]);
    }

    /// <summary>
    /// What of a session the question asks and nothing here tells, its date, its place or both, as told to residents; null
    /// when it asks neither, or only where and a program names its place (公民館, 支所…).
    /// </summary>
    private static string? AskedDateOrPlace(string normalizedQuestion, IReadOnlyList<SupportProgram> programs)
    {
        bool Asks(string slot) => TextNormalizer.ContainsAny(normalizedQuestion, FollowUpSlots.Named(slot)!.Words);
        var date = Asks("when") || Asks("since") || TextNormalizer.ContainsAny(normalizedQuestion, NextTime);
        var placeSlot = FollowUpSlots.Named("place")!;
        var place = Asks("place") && (date || !programs.Any(p => placeSlot.IsStatedIn(TextNormalizer.Normalize(p.Description))));
        return (date, place) switch
        {
            (true, true) => SupportSessionsStrings.DateAndPlace,
            (true, false) => SupportSessionsStrings.Date,
            (false, true) => SupportSessionsStrings.Place,
            _ => null,
        };
    }

    // 「次回は？」「今度はありますか」 ask for a date without a date word.
    private static readonly string[] NextTime = ["次回", "次は", "今度", "次の"];

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
