using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Topics.Feedback;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.KnowledgeAnswer;

/// <summary>
/// Answers from the indexed knowledge with its source, or, when nothing matches confidently, says so and gives
/// the city's contact: a wrong answer is worse than none.
/// </summary>
public sealed class KnowledgeAnswerDialog : ComponentDialog
{
    private const double CityPreferenceMargin = 0.15;

    private const double SubjectShare = 0.8;

    private readonly IKnowledgeProvider _knowledge;
    private readonly IQuestionLog _questions;
    private readonly DialogOptions _options;
    private readonly TimeProvider _time;

    public KnowledgeAnswerDialog(IKnowledgeProvider knowledge, IQuestionLog questions, DialogOptions options, TimeProvider time)
        : base(nameof(KnowledgeAnswerDialog))
    {
        _knowledge = knowledge;
        _questions = questions;
        _options = options;
        _time = time;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AnswerStepAsync]));
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<TopicRequest>()!;
        var snapshot = _knowledge.Current;
        var city = snapshot.Base.Cities[request.CityId];
        var isStaff = stepContext.Context.TurnState.TryGetValue(TurnStateKeys.Audience, out var audience) && audience is "staff";
        var context = new AnswerContext(isStaff ? _options.MaxStaffAnswerLength : _options.MaxAnswerLength, _time.Today(), ContactText.Office(city, "dx"));

        if (request.ContinueEntryId is { } continueId)
        {
            return await ContinueStepAsync(stepContext, snapshot.Base, continueId, request.ContinueFrom, context, cancellationToken).ConfigureAwait(false);
        }

        if (FollowUpSlots.Named(request.SlotName) is { } slot && request.Subject is { } subject)
        {
            return await SlotStepAsync(stepContext, request, slot, subject, context, cancellationToken).ConfigureAwait(false);
        }

        // A list question (「重点項目は何がありますか」) looks further down the ranking for the list's items.
        var asksForAList = ListAnswer.AsksForAList(request.Question);
        var hits = snapshot.Searcher.Search(new SearchRequest(request.Question, request.CityId, MaxResults: asksForAList ? 12 : 4));
        var confident = hits.Take(4).Where(h => h.Coverage >= _options.MinCoverage && AnswerKind.Answers(request.Question, h.Entry)).ToList();

        if (confident.Count == 0)
        {
            return await NotFoundStepAsync(stepContext, request, KnowledgeAnswerStrings.NotFound(city, context.Office), cancellationToken).ConfigureAwait(false);
        }

        var best = PreferCity(confident).Entry;
        if (asksForAList)
        {
            // The plan's list, not the one item that matched best.
            var wider = hits.Where(h => h.Coverage >= _options.MinCoverage).ToList();
            if (ListAnswer.Overview(request.Question, wider) is { } overview)
            {
                best = overview;
            }
            else if (ListAnswer.Compose(request.Question, wider, context) is { } list)
            {
                await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(FeedbackStrings.After(Main.MainStrings.MenuChoices), list), cancellationToken).ConfigureAwait(false);
                return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }
        }

        var related = confident.Select(h => h.Entry).Where(e => e.Title != best.Title).Take(3).ToList();
        var answer = AnswerComposer.Compose(best, AnswerLead.For(request.Question, best), context);
        return await SendAnswerStepAsync(stepContext, best, answer, related, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A follow-up asking one aspect of the subject just answered: only an entry about that subject which states the
    /// aspect may answer, with the sentences stating it first; a neighbouring entry that happens to state such a fact
    /// (the card's fee for a convenience-store certificate) is not about the subject, so the bot says it is not stated.
    /// </summary>
    private async Task<DialogTurnResult> SlotStepAsync(
        WaterfallStepContext stepContext, TopicRequest request, FollowUpSlot slot, string subject, AnswerContext context, CancellationToken cancellationToken)
    {
        var snapshot = _knowledge.Current;
        var subjectHits = snapshot.Searcher.Search(new SearchRequest(subject, request.CityId, MaxResults: 3));
        // Entries that match the subject nearly as well as the best one: a weaker hit shares a word, not the subject.
        var aboutSubject = subjectHits
            .Where(h => h.Coverage >= _options.MinCoverage && h.Coverage >= subjectHits[0].Coverage * SubjectShare)
            .ToList();
        var stating = aboutSubject.Where(h => slot.IsStatedIn(AnswerLead.Normalized(h.Entry))).ToList();
        if (stating.Count == 0)
        {
            var city = snapshot.Base.Cities[request.CityId];
            var notStated = aboutSubject.Count > 0
                ? AnswerStrings.NotStated($"「{aboutSubject[0].Entry.Title}」", slot.Label, context.Office)
                : AnswerStrings.NotStatedWithoutSubject(slot.Label, context.Office);
            return await NotFoundStepAsync(stepContext, request, $"{KnowledgeAnswerStrings.NotFoundOpening}\n{notStated}", cancellationToken).ConfigureAwait(false);
        }

        // Among the entries about the subject, the one that best matches the follow-up as asked.
        var ranked = snapshot.Searcher.Search(new SearchRequest(request.Question, request.CityId, MaxResults: 8)).Select(h => h.Entry.Id).ToList();
        var best = stating
            .OrderBy(h => ranked.IndexOf(h.Entry.Id) is var i && i >= 0 ? i : int.MaxValue)
            .First().Entry;
        var lead = AnswerComposer.Sentences(best.Body).Where(s => slot.IsStatedIn(TextNormalizer.Normalize(s))).Take(2).ToList();
        var answer = AnswerComposer.Compose(best, lead, context);
        var related = aboutSubject.Select(h => h.Entry).Where(e => e.Title != best.Title).Take(3).ToList();
        return await SendAnswerStepAsync(stepContext, best, answer, related, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ContinueStepAsync(
        WaterfallStepContext stepContext, KnowledgeBase knowledge, string entryId, int from, AnswerContext context, CancellationToken cancellationToken)
    {
        var entry = knowledge.Entries.FirstOrDefault(e => e.Id == entryId);
        if (entry is null)
        {
            // Reindexed since: the entry is gone, and there is nothing more to show of it.
            await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(Main.MainStrings.MenuChoices, AnswerStrings.NothingMore), cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await SendAnswerStepAsync(stepContext, entry, AnswerComposer.Continue(entry, from, context), [], cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> NotFoundStepAsync(WaterfallStepContext stepContext, TopicRequest request, string reply, CancellationToken cancellationToken)
    {
        await _questions.RecordAsync(
            new QuestionRecord(_time.GetUtcNow(), request.CityId, stepContext.Context.Activity.ChannelId ?? "", QuestionKind.Unanswered, request.Question),
            cancellationToken).ConfigureAwait(false);
        stepContext.Context.ReportFallback();
        await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(Main.MainStrings.MenuChoices, reply), cancellationToken).ConfigureAwait(false);
        return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> SendAnswerStepAsync(
        WaterfallStepContext stepContext, KnowledgeEntry best, ComposedAnswer answer, IReadOnlyList<KnowledgeEntry> related, CancellationToken cancellationToken)
    {
        var choices = (answer.ContinueFrom is null ? [] : new[] { AnswerStrings.More })
            .Concat(related.Count > 0 ? related.Select(e => e.Title) : Main.MainStrings.MenuChoices);
        await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(FeedbackStrings.After(choices), answer.Text), cancellationToken).ConfigureAwait(false);
        return await stepContext.EndDialogAsync(new AnsweredEntry(best.Title, best.Id, answer.ContinueFrom), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The city's own entry when it matches about as well as a national one: residents ask about their city, and
    /// the national guides stay one tap away in the My Number dialog.
    /// </summary>
    private static SearchHit PreferCity(IReadOnlyList<SearchHit> confident)
    {
        var top = confident[0];
        return top.Entry.CityId is null
            ? confident.FirstOrDefault(h => h.Entry.CityId is not null && h.Coverage >= top.Coverage - CityPreferenceMargin) ?? top
            : top;
    }
}
