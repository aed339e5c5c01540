using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Knowledge;
using DxBot.Protocol.Privacy;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.Handoff;

/// <summary>
/// 「職員に聞く」: the question the bot could not answer (or one the resident types now) is shown with the consent
/// statement, and sent to the city's staff only after 「同意して送る」. Anything else sends and stores nothing; a new
/// question typed instead of an answer is answered as one.
/// </summary>
public sealed class HandoffDialog : ComponentDialog
{
    private const string QuestionKey = "question";

    private readonly IKnowledgeProvider _knowledge;
    private readonly IHandoffService _handoff;

    public HandoffDialog(IKnowledgeProvider knowledge, IHandoffService handoff)
        : base(nameof(HandoffDialog))
    {
        _knowledge = knowledge;
        _handoff = handoff;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [QuestionStepAsync, ConsentStepAsync, SubmitStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
    }

    private async Task<DialogTurnResult> QuestionStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<HandoffRequest>()!;
        var turn = stepContext.Context;
        if (!await _handoff.IsAvailableAsync(request.CityId, turn.Activity.ChannelId ?? "", cancellationToken).ConfigureAwait(false))
        {
            await turn.SendActivityAsync(MessageFactory.SuggestedActions(Main.MainStrings.MenuChoices, HandoffStrings.NotAvailable(Office(request.CityId))), cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (request.Question is { Length: > 0 } question)
        {
            return await stepContext.NextAsync(question, cancellationToken).ConfigureAwait(false);
        }

        return await stepContext.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(HandoffStrings.AskQuestion) }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ConsentStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<HandoffRequest>()!;
        var question = ((string?)stepContext.Result ?? "").Trim();
        if (question.Length == 0 || HandoffStrings.IsAsk(question))
        {
            await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(Main.MainStrings.MenuChoices, HandoffStrings.NotSent), cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // Kept in the dialog state only until the answer to this prompt: shown masked, as it would be sent.
        stepContext.Values[QuestionKey] = question;
        var city = _knowledge.Current.Base.Cities[request.CityId].Name;
        var shown = MyNumberDetector.Redact(question, MaskedNumber);
        return await stepContext.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = MessageFactory.Text(HandoffStrings.Consent(city, shown, _handoff.RetentionDays)),
            Choices = HandoffStrings.ConsentChoices.Select(c => new Choice(c) { Synonyms = c == HandoffStrings.Agree ? ["同意する", "同意します", "送る", "はい"] : ["いいえ", "送らないで", "やめる"] }).ToList(),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SubmitStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<HandoffRequest>()!;
        var turn = stepContext.Context;
        var question = (string?)stepContext.Values[QuestionKey] ?? "";
        stepContext.Values.Remove(QuestionKey);
        if (stepContext.Result is not FoundChoice choice)
        {
            // Not an answer to the consent: nothing is sent, and the message is taken as a new question.
            return await stepContext.EndDialogAsync(new Reroute(turn.Activity.Text ?? ""), cancellationToken).ConfigureAwait(false);
        }

        if (choice.Value != HandoffStrings.Agree)
        {
            await turn.SendActivityAsync(MessageFactory.SuggestedActions(Main.MainStrings.MenuChoices, HandoffStrings.NotSent), cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        string reply;
        try
        {
            await _handoff.SubmitAsync(new HandoffSubmission(request.CityId, turn.Activity.ChannelId ?? "", turn.Activity.From?.Id ?? "", question), cancellationToken).ConfigureAwait(false);
            reply = HandoffStrings.Sent;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            reply = HandoffStrings.Failed(Office(request.CityId));
        }

        await turn.SendActivityAsync(MessageFactory.SuggestedActions(Main.MainStrings.MenuChoices, reply), cancellationToken).ConfigureAwait(false);
        return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How a 12-digit number is shown and sent.</summary>
    public const string MaskedNumber = "＊＊＊＊＊＊＊＊＊＊＊＊";

    private string Office(string cityId) =>
        _knowledge.Current.Base.Cities.TryGetValue(cityId, out var city) ? ContactText.Office(city, "dx") : Feedback.FeedbackStrings.AnyOffice;
}
