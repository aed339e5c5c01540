using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Knowledge;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.Feedback;

/// <summary>
/// A 👍/👎 tapped after an answer: recorded with the question and the entry it was about (never as a new
/// question), thanked for, and for a 👎 the city's contact given, as when the bot finds nothing.
/// </summary>
public sealed class FeedbackDialog : ComponentDialog
{
    private readonly IKnowledgeProvider _knowledge;
    private readonly BotAccessors _accessors;
    private readonly IQuestionLog _log;
    private readonly TimeProvider _time;

    public FeedbackDialog(IKnowledgeProvider knowledge, BotAccessors accessors, IQuestionLog log, TimeProvider time)
        : base(nameof(FeedbackDialog))
    {
        _knowledge = knowledge;
        _accessors = accessors;
        _log = log;
        _time = time;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [RecordStepAsync]));
    }

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<FeedbackRequest>()!;
        var turn = stepContext.Context;
        var conversation = await _accessors.ConversationData.GetAsync(turn, () => new ConversationData(), cancellationToken).ConfigureAwait(false);

        string reply;
        if (conversation.LastAnswerTitle is not { } title)
        {
            // A button tapped twice, or on an old message: there is no answer to attribute it to.
            reply = FeedbackStrings.NothingToRate;
        }
        else
        {
            var kind = request.Helpful ? QuestionKind.Helpful : QuestionKind.NotHelpful;
            await _log.RecordAsync(new QuestionRecord(_time.GetUtcNow(), request.CityId, turn.Activity.ChannelId ?? "", kind, conversation.LastQuestion ?? "", title), cancellationToken).ConfigureAwait(false);
            conversation.LastAnswerTitle = null;
            reply = request.Helpful ? FeedbackStrings.ThanksHelpful : FeedbackStrings.ThanksNotHelpful(Office(request.CityId));
        }

        await turn.SendActivityAsync(MessageFactory.SuggestedActions(Main.MainStrings.MenuChoices, reply), cancellationToken).ConfigureAwait(false);
        return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private string Office(string? cityId) =>
        cityId is not null && _knowledge.Current.Base.Cities.TryGetValue(cityId, out var city)
            ? ContactText.Office(city, "dx")
            : FeedbackStrings.AnyOffice;
}
