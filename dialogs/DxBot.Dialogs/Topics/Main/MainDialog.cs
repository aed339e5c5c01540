using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Topics.Admin;
using DxBot.Dialogs.Topics.CityPicker;
using DxBot.Dialogs.Topics.English;
using DxBot.Dialogs.Topics.Feedback;
using DxBot.Dialogs.Topics.Handoff;
using DxBot.Dialogs.Topics.KnowledgeAnswer;
using DxBot.Dialogs.Topics.MyNumberCard;
using DxBot.Dialogs.Topics.OnlineProcedures;
using DxBot.Dialogs.Topics.SupportSessions;
using DxBot.Dialogs.Topics.SupportSessions.Booking;
using DxBot.Knowledge;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;
using DxBot.Protocol.Text;

namespace DxBot.Dialogs.Topics.Main;

/// <summary>
/// The root dialog, as CoreBot's MainDialog: finds the city, routes the message to a topic dialog, and when a
/// topic says a message was not for it (a resident changing the subject at a prompt), routes that message afresh.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private const int MaxReroutes = 2;

    private const string ReroutesKey = "DxBot.Dialogs.Reroutes";

    // A follow-up adds to the question it refers to; bounded so a chain of them cannot grow without end. The same bound
    // holds for a question kept in the dialog state while the city is asked (README: at most 200 characters).
    public const int MaxRememberedQuestion = 200;

    private readonly IKnowledgeProvider _knowledge;
    private readonly BotAccessors _accessors;
    private readonly bool _handoffEnabled;

    public MainDialog(
        IKnowledgeProvider knowledge,
        BotAccessors accessors,
        CityPickerDialog cityPicker,
        MyNumberCardDialog myNumberCard,
        OnlineProceduresDialog onlineProcedures,
        SupportSessionsDialog supportSessions,
        KnowledgeAnswerDialog knowledgeAnswer,
        AdminDialog admin,
        FeedbackDialog feedback,
        EnglishDialog english,
        HandoffDialog? handoff = null)
        : base(nameof(MainDialog))
    {
        _knowledge = knowledge;
        _accessors = accessors;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [RouteStepAsync, FinalStepAsync]));
        AddDialog(cityPicker);
        AddDialog(myNumberCard);
        AddDialog(onlineProcedures);
        AddDialog(supportSessions);
        AddDialog(knowledgeAnswer);
        AddDialog(admin);
        AddDialog(feedback);
        AddDialog(english);
        if (handoff is not null)
        {
            AddDialog(handoff);
            _handoffEnabled = true;
        }

        InitialDialogId = nameof(WaterfallDialog);
    }

    /// <summary>The city a turn is about: the channel's binding, else the one the user chose.</summary>
    public async Task<string?> GetCityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var cities = _knowledge.Current.Base.Cities;
        if (turnContext.TurnState.TryGetValue(TurnStateKeys.BoundCity, out var bound) && bound is string boundCity && cities.ContainsKey(boundCity))
        {
            return boundCity;
        }

        var conversation = await _accessors.ConversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        if (conversation.CityId is { } chosen && cities.ContainsKey(chosen))
        {
            return chosen;
        }

        var profile = await _accessors.UserProfile.GetAsync(turnContext, () => new UserProfile(), cancellationToken).ConfigureAwait(false);
        return profile.CityId is { } remembered && cities.ContainsKey(remembered) ? remembered : null;
    }

    public async Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var cityId = await GetCityAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var cityName = cityId is null ? null : _knowledge.Current.Base.Cities[cityId].Name;
        turnContext.ReportHandledBy(Id);
        await turnContext.SendActivityAsync(MessageFactory.SuggestedActions(MainStrings.MenuChoices, MainStrings.Welcome(cityName)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The reply of last resort, for a message no dialog answered.</summary>
    public Task SendNotUnderstoodAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.SuggestedActions(MainStrings.MenuChoices, MainStrings.NotUnderstood), cancellationToken);

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var turn = stepContext.Context;
        // A message handed back by a topic is handled here until another topic takes it.
        turn.ReportHandledBy(Id);
        var knowledge = _knowledge.Current.Base;
        var conversation = await _accessors.ConversationData.GetAsync(turn, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        var message = KanaReadings.Of(knowledge).Apply(DialectForms.Fold(stepContext.GetOptions<Reroute>()?.Text ?? turn.Activity.Text ?? ""));
        if (FeedbackStrings.Parse(message) is { } helpful)
        {
            // A verdict on the last answer, not a question: it must neither be searched nor replace LastQuestion.
            var feedback = new FeedbackRequest(helpful, await GetCityAsync(turn, cancellationToken).ConfigureAwait(false));
            return await stepContext.BeginDialogAsync(nameof(FeedbackDialog), feedback, cancellationToken).ConfigureAwait(false);
        }

        if (_handoffEnabled && HandoffStrings.IsAsk(message) && await GetCityAsync(turn, cancellationToken).ConfigureAwait(false) is { } handoffCity)
        {
            // 「職員に聞く」 offers to send the question the bot just could not answer (or asks for one).
            var unanswered = conversation.UnansweredQuestion;
            conversation.UnansweredQuestion = null;
            return await stepContext.BeginDialogAsync(nameof(HandoffDialog), new HandoffRequest(handoffCity, unanswered), cancellationToken).ConfigureAwait(false);
        }

        if (conversation.ContinueEntryId is { } continueId && AnswerStrings.MoreWords.Contains(TextNormalizer.Normalize(message).TrimEnd('。', '!', '！'))
            && await GetCityAsync(turn, cancellationToken).ConfigureAwait(false) is { } continueCity)
        {
            var more = new TopicRequest(message, continueCity, ContinueEntryId: continueId, ContinueFrom: conversation.ContinueFrom, ContinueRest: conversation.ContinueRest);
            return await stepContext.BeginDialogAsync(nameof(KnowledgeAnswerDialog), more, cancellationToken).ConfigureAwait(false);
        }

        // The session buttons (「予約する 12」…) and staff session commands: exact forms, before any routing.
        if (SessionCommand.Parse(message) is not null && await GetCityAsync(turn, cancellationToken).ConfigureAwait(false) is { } sessionCity)
        {
            return await stepContext.BeginDialogAsync(nameof(SupportSessionsDialog), new TopicRequest(message, sessionCity, SessionCommand.SubTopic), cancellationToken).ConfigureAwait(false);
        }

        var followUp = TopicRouter.ReadFollowUp(message, conversation.LastQuestion, conversation.LastTopic);
        var text = TopicRouter.NameTheCard(followUp.Text);
        var route = TopicRouter.Route(text, knowledge, conversation.LastTopic);
        if (route.Kind == RouteKind.Knowledge && followUp.Slot is null && LongMessage.Questions(text, KnowledgeWords.Of(knowledge).AllCityWords) is { } asked
            && TopicRouter.Route(asked, knowledge, conversation.LastTopic) is { Kind: RouteKind.OnlineProcedures or RouteKind.MyNumberCard or RouteKind.SupportSessions } askedRoute
            && askedRoute is not { Kind: RouteKind.MyNumberCard, SubTopic: null })
        {
            // What a long message asks names a topic its story hid (「住民票取るのに仕事休むの無理…ネットでできる手続き増やすの？」).
            // The card named with nothing asked of it (「住民票をコンビニで取りたいです。マイナンバーカードでいけますか？」)
            // is the means to what the story wants, not a question for the card's menu.
            route = askedRoute with { MentionedCityId = route.MentionedCityId ?? askedRoute.MentionedCityId };
            text = asked;
        }
        if (followUp.Slot is not null && route.Kind is RouteKind.MyNumberCard or RouteKind.OnlineProcedures or RouteKind.SupportSessions)
        {
            // The topic dialogs would show their whole guide again; the aspect asked is answered from the knowledge.
            route = route with { Kind = RouteKind.Knowledge, FollowUpKind = route.FollowUpKind ?? route.Kind };
        }

        if (route.Kind == RouteKind.Admin)
        {
            // An import needs the city: the one named (「インポート handa」), else the channel's or the conversation's.
            var command = route.SubTopic == AdminDialog.ImportCommand
                ? $"{AdminDialog.ImportCommand} {route.MentionedCityId ?? await GetCityAsync(turn, cancellationToken).ConfigureAwait(false)}".TrimEnd()
                : route.SubTopic;
            return await stepContext.BeginDialogAsync(nameof(AdminDialog), command, cancellationToken).ConfigureAwait(false);
        }

        if (route.Kind == RouteKind.Acknowledgement)
        {
            await turn.SendActivityAsync(MessageFactory.SuggestedActions(MainStrings.MenuChoices, MainStrings.Acknowledged(route.SubTopic == TopicRouter.ThanksSubTopic)), cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var isBound = turn.TurnState.ContainsKey(TurnStateKeys.BoundCity) && await GetCityAsync(turn, cancellationToken).ConfigureAwait(false) is not null;
        if (route.MentionedCityId is { } mentioned && !isBound)
        {
            await _accessors.RememberCityAsync(turn, mentioned, cancellationToken).ConfigureAwait(false);
        }

        var cityId = await GetCityAsync(turn, cancellationToken).ConfigureAwait(false);
        if (route.Kind == RouteKind.ChangeCity)
        {
            if (isBound)
            {
                await turn.SendActivityAsync(MessageFactory.SuggestedActions(MainStrings.MenuChoices, MainStrings.BoundCityOnly(knowledge.Cities[cityId!].Name)), cancellationToken).ConfigureAwait(false);
                return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            if (route.MentionedCityId is { } picked)
            {
                await turn.SendActivityAsync(MessageFactory.SuggestedActions(MainStrings.MenuChoices, MainStrings.CityChosen(knowledge.Cities[picked].Name)), cancellationToken).ConfigureAwait(false);
                return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            return await stepContext.BeginDialogAsync(nameof(CityPickerDialog), new Reroute(""), cancellationToken).ConfigureAwait(false);
        }

        if (cityId is null)
        {
            // Keep the question so it is answered as soon as the city is known.
            var pending = route.Kind == RouteKind.Menu ? "" : TextCap.KeepEnd(text, MaxRememberedQuestion);
            return await stepContext.BeginDialogAsync(nameof(CityPickerDialog), new Reroute(pending), cancellationToken).ConfigureAwait(false);
        }

        if (route.Kind == RouteKind.Menu)
        {
            await SendWelcomeAsync(turn, cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var asksForSupport = false;
        if (CityOwnTopics.AnswersFromKnowledge(knowledge, cityId, route))
        {
            // What a long message asks decides, not its story: 「運転に慣れていない」 in a story asking about the コンビニ交付.
            asksForSupport = route.Kind == RouteKind.SupportSessions
                && (LongMessage.Questions(text, KnowledgeWords.Of(knowledge).AllCityWords) is not { } askedPart
                    || TopicRouter.Route(askedPart, knowledge, conversation.LastTopic).Kind == RouteKind.SupportSessions);
            route = route with { Kind = RouteKind.Knowledge, FollowUpKind = route.FollowUpKind ?? route.Kind };
        }

        conversation.LastTopic = (route.FollowUpKind ?? route.Kind).ToString();
        // A follow-up on an aspect keeps the subject: the next one (「場所は？」 after 「費用は？」) is about it too.
        var remembered = followUp.Slot is not null && followUp.Subject is { } subject ? subject : text;
        conversation.LastQuestion = TextCap.KeepEnd(remembered, MaxRememberedQuestion);
        var answeredEntry = conversation.LastEntryId;
        conversation.LastAnswerTitle = null;
        conversation.LastEntryId = null;
        conversation.ContinueEntryId = null;
        conversation.ContinueRest = null;
        conversation.UnansweredQuestion = null;
        var request = new TopicRequest(text, cityId, route.SubTopic, route.ProcedureIds, followUp.Slot?.Name, followUp.Subject, Context: followUp.Context,
            AnsweredEntryId: followUp.Subject is null && followUp.Context is null ? null : answeredEntry, AsksForSupport: asksForSupport, ShownEntryId: answeredEntry);
        var dialogId = route.Kind switch
        {
            RouteKind.MyNumberCard => nameof(MyNumberCardDialog),
            RouteKind.OnlineProcedures => nameof(OnlineProceduresDialog),
            RouteKind.SupportSessions => nameof(SupportSessionsDialog),
            RouteKind.English => nameof(EnglishDialog),
            _ => nameof(KnowledgeAnswerDialog),
        };
        return await stepContext.BeginDialogAsync(dialogId, request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is AnsweredEntry answered)
        {
            var conversation = await _accessors.ConversationData.GetAsync(stepContext.Context, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
            conversation.LastAnswerTitle = answered.Title;
            conversation.LastEntryId = answered.EntryId;
            conversation.ContinueEntryId = answered.ContinueFrom is null ? null : answered.EntryId;
            conversation.ContinueFrom = answered.ContinueFrom ?? 0;
            conversation.ContinueRest = answered.ContinueFrom is null || answered.Rest is null ? null : [.. answered.Rest];
            if (answered.Question is { } asked)
            {
                conversation.LastQuestion = TextCap.KeepEnd(asked, MaxRememberedQuestion);
            }
        }

        if (stepContext.Result is UnansweredQuestion unansweredQuestion)
        {
            var conversation = await _accessors.ConversationData.GetAsync(stepContext.Context, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
            conversation.UnansweredQuestion = TextCap.KeepEnd(unansweredQuestion.Question, MaxRememberedQuestion);
        }

        if (stepContext.Result is Reroute { AnsweredEntryId: { } shown })
        {
            var conversation = await _accessors.ConversationData.GetAsync(stepContext.Context, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
            conversation.LastEntryId = shown;
        }

        if (stepContext.Result is Reroute { Text.Length: > 0 } reroute)
        {
            // Bounded so two dialogs handing a message back and forth can never loop. Counted in the turn, not in the
            // waterfall's options: those are saved with the dialog state, and a count carried over from earlier turns
            // (the same question asked three times at a prompt) refused a later message its answer.
            var hops = stepContext.Context.TurnState.TryGetValue(ReroutesKey, out var value) && value is int count ? count : 0;
            if (hops < MaxReroutes)
            {
                stepContext.Context.TurnState[ReroutesKey] = hops + 1;
                return await stepContext.DialogContext.ReplaceDialogAsync(nameof(WaterfallDialog), reroute, cancellationToken).ConfigureAwait(false);
            }
        }

        return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

}
