using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Knowledge;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.English;

/// <summary>
/// Answers questions written in English from the English layer (knowledge/en/) and the city's structured data, with
/// the same citations as the Japanese answers. When nothing matches it gives the city's contact, never a guess.
/// </summary>
public sealed class EnglishDialog : ComponentDialog
{
    private readonly IKnowledgeProvider _knowledge;
    private readonly IQuestionLog _questions;
    private readonly DialogOptions _options;
    private readonly TimeProvider _time;

    public EnglishDialog(IKnowledgeProvider knowledge, IQuestionLog questions, DialogOptions options, TimeProvider time)
        : base(nameof(EnglishDialog))
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
        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        var reply = EnglishAnswerComposer.Compose(request.Question, request.CityId, _knowledge.Current.Base, today, _options.MaxAnswerLength);
        if (!reply.Answered)
        {
            // Staff see English questions the layer misses beside the Japanese ones, to know what to add.
            await _questions.RecordAsync(
                new QuestionRecord(_time.GetUtcNow(), request.CityId, stepContext.Context.Activity.ChannelId ?? "", QuestionKind.Unanswered, request.Question),
                cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < reply.Messages.Count; i++)
        {
            var last = i == reply.Messages.Count - 1;
            var activity = last ? MessageFactory.SuggestedActions(EnglishStrings.NextChoices, reply.Messages[i]) : MessageFactory.Text(reply.Messages[i]);
            await stepContext.Context.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }

        return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
