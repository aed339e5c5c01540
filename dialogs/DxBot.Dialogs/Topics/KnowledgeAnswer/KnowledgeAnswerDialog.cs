using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Topics.Feedback;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.KnowledgeAnswer;

/// <summary>
/// Answers from the indexed knowledge with its source, or, when nothing matches confidently, says so and gives
/// the city's contact: a wrong answer is worse than none.
/// </summary>
public sealed class KnowledgeAnswerDialog : ComponentDialog
{
    private const double CityPreferenceMargin = 0.15;

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
        var hits = snapshot.Searcher.Search(new SearchRequest(request.Question, request.CityId, MaxResults: 4));
        var confident = hits.Where(h => h.Coverage >= _options.MinCoverage && AnswerKind.Answers(request.Question, h.Entry)).ToList();

        if (confident.Count == 0)
        {
            await _questions.RecordAsync(
                new QuestionRecord(_time.GetUtcNow(), request.CityId, stepContext.Context.Activity.ChannelId ?? "", QuestionKind.Unanswered, request.Question),
                cancellationToken).ConfigureAwait(false);
            stepContext.Context.ReportFallback();
            await stepContext.Context.SendActivityAsync(
                MessageFactory.SuggestedActions(Main.MainStrings.MenuChoices, KnowledgeAnswerStrings.NotFound(city, ContactText.Office(city, "dx"))),
                cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var best = PreferCity(confident).Entry;
        var related = confident.Select(h => h.Entry).Where(e => e.Title != best.Title).Take(3).ToList();
        await stepContext.Context.SendActivityAsync(Reply(best, related), cancellationToken).ConfigureAwait(false);
        return await stepContext.EndDialogAsync(new AnsweredEntry(best.Title), cancellationToken).ConfigureAwait(false);
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

    private Activity Reply(KnowledgeEntry best, IReadOnlyList<KnowledgeEntry> related)
    {
        var text = AnswerFormatter.Format(best, _options.MaxAnswerLength);
        var choices = related.Count > 0
            ? related.Select(e => e.Title)
            : Main.MainStrings.MenuChoices;
        return MessageFactory.SuggestedActions(FeedbackStrings.After(choices), text);
    }
}
