using System.Text.RegularExpressions;
using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Topics.Feedback;
using DxBot.Dialogs.Topics.Handoff;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.KnowledgeAnswer;

/// <summary>
/// Answers from the indexed knowledge with its source, or, when nothing matches confidently, says so and gives
/// the city's contact: a wrong answer is worse than none.
/// </summary>
public sealed partial class KnowledgeAnswerDialog : ComponentDialog
{
    private const double CityPreferenceMargin = 0.15;

    // What separates the items of a list in an entry's text (「子育て、介護、被災者支援」「子育て・介護」).
    private static readonly char[] ListSeparators = ['、', '・'];

    private const double CityMeasureMargin = 0.3;

    private const double SubjectShare = 0.8;

    // The words each plan uses for its counter kept beside the online way.
    private const string CounterStaysQuery = "窓口 対面 非対面 組み合わせ";

    // A name of something (コンビニ交付, 電子申請) rather than a word many titles share (交付, 推進).
    private const int MinNameLength = 4;

    // A name this long (御前崎市高度情報化計画) is one thing's own, not a word many sentences share (推進委員会).
    private const int ProperNameLength = 8;

    // Words naming the nation rather than the city, at the start of an entry's title or anywhere in a question.
    private static readonly string[] NationWords = ["国の", "国が", "政府", "全国", "デジタル庁", "総務省"];

    // How much less of a short message the entry read with the previous question may cover and still be preferred.
    private const double ContextMargin = 0.1;

    // How much more of a question the entry just answered must cover than the first one found to go on with it.
    private const double ShownCoversMore = 0.25;

    // Entries covering a question within this much of the best cover it as well.
    private const double SameCoverage = 0.05;

    // Coverages this close are a tie the words of the message itself should break.
    private const double EqualCoverage = 0.05;

    // An entry covering this much of a message holds all of what it asks.
    private const double WholeCoverage = 0.99;

    // Characters more of the question's words another entry must share to be what the question is about (「LINE公式
    // アカウント」 against 「QRコード」): a word piece more (入園申込 against 申込) is no other subject.
    private const int LongerName = 4;

    // A question read apart from its story whose best entry covers this much of it is answered as read.
    private const double CoveredWell = 0.7;

    // An entry covering this much of the question is about its subject: when it lacks the fact asked, the answer says so
    // of it by name.
    private const double MostlyAboutTheSubject = 0.5;

    private readonly IKnowledgeProvider _knowledge;
    private readonly IQuestionLog _questions;
    private readonly DialogOptions _options;
    private readonly TimeProvider _time;
    private readonly IHandoffService _handoff;

    public KnowledgeAnswerDialog(IKnowledgeProvider knowledge, IQuestionLog questions, DialogOptions options, TimeProvider time, IHandoffService? handoff = null)
        : base(nameof(KnowledgeAnswerDialog))
    {
        _knowledge = knowledge;
        _questions = questions;
        _options = options;
        _time = time;
        _handoff = handoff ?? NoHandoffService.Instance;
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
            return await ContinueStepAsync(stepContext, snapshot.Base, continueId, request, context, cancellationToken).ConfigureAwait(false);
        }

        // 「それ、実際に使ってる人ってどのくらいいるの？」 after certificates at convenience stores: the row of targets as for
        // the question asked whole (below), before the answer's own passage is searched for a count.
        if (request.SlotName is not null && IndicatorRow(snapshot.Base, request, request.Question, isStaff) is { } askedRow)
        {
            return await SendAnswerStepAsync(stepContext, askedRow, AnswerComposer.Compose(askedRow, AnswerLead.SentencesOf(askedRow), context), [], null, cancellationToken).ConfigureAwait(false);
        }

        if (FollowUpSlots.Named(request.SlotName) is { } slot && request.Subject is { } subject)
        {
            // The answer just given says the plan gives no such fact: that is the answer, not another entry's year.
            if (AnsweredEntry(snapshot.Base, request) is { } shown && slot.IsSaidMissingIn(AnswerLead.Normalized(shown)) && !slot.IsStatedIn(AnswerLead.Normalized(shown)))
            {
                var missing = $"{KnowledgeAnswerStrings.NotFoundOpening}\n{AnswerStrings.NotStated($"「{shown.Title}」", slot.Label, context.Office)}";
                return await NotFoundStepAsync(stepContext, request, missing, cancellationToken).ConfigureAwait(false);
            }

            var about = AboutSubject(snapshot, request, slot, subject);
            if (!slot.OnlyWhereStated || about.Stating.Count > 0)
            {
                return await SlotStepAsync(stepContext, request, slot, about, context, cancellationToken).ConfigureAwait(false);
            }

            var message = AsTyped(request.Question, subject);
            // How it is done, stated nowhere more than in the answer: the question is read with its subject, as one asking
            // no aspect is (「どうやって育てるの？」 after DX推進リーダー is about the leaders, not any 育成).
            request = slot.BeyondTheAnswer
                ? request with { SlotName = null }
                : request with { Question = message, SlotName = null, Subject = null, Context = subject };
        }

        // 「…って令和10年までの計画ですよね？」: the end offered is confirmed or corrected from the city's profile, with no search.
        if (city.Plan.Period is { Length: > 0 } period && PlanPeriod.EndOf(period) is { } end
            && PlanPeriod.ConfirmsEnd(TextNormalizer.Normalize(request.Question), end) is { } confirmed)
        {
            var text = KnowledgeAnswerStrings.PlanEndConfirmed(city.Plan, period, confirmed, PlanPeriod.EndedBefore(period, context.Today), context.Office);
            await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(FeedbackStrings.After(Main.MainStrings.MenuChoices), text), cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // A list question (「重点項目は何がありますか」) looks further down the ranking for the list's items.
        var asksForAList = ListAnswer.AsksForAList(request.Question);
        var (question, hits, confident) = ReadInContext(snapshot.Searcher, request, asksForAList ? 12 : 4);

        // A city known only from its documents: the plan's period and publication are its profile's, stated first;
        // the passage found (the period's reasons, say) follows when there is one.
        if (PlanFacts.AreAsked(request.Question) && (city.Plan.Period is { Length: > 0 } || city.Plan.Published is { Length: > 0 })
            && PlanFacts.OnlyImported(snapshot.Base, request.CityId))
        {
            var facts = KnowledgeAnswerStrings.PlanFacts(city.Plan, PlanPeriod.EndedBefore(city.Plan.Period, context.Today), context.Office);
            if (confident.Count == 0)
            {
                await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(FeedbackStrings.After(Main.MainStrings.MenuChoices), facts), cancellationToken).ConfigureAwait(false);
                return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            await stepContext.Context.SendActivityAsync(MessageFactory.Text(facts), cancellationToken).ConfigureAwait(false);
        }

        // Help with smartphones asked of a city known only from its plan: the passage stating the city's help, which the
        // resident's words (スマホ, 年寄り, 置いていかれる) seldom find among the national guides and the plan's statistics.
        // Unless a fact is asked that it does not state (「次はいつどこで？」): then the contact, as for any passage. A fact
        // asked of the help by a resident (「スマホ講座って何人くらい参加する目標？」) comes here from the router, not as a
        // support question. Staff ask the plan's indicators, often two at once (「講座の参加者数と職員研修の受講者数の目標
        // は？」), which the search below answers each by its own entry.
        if ((request.AsksForSupport || (!isStaff && AnswerKind.AsksForAFact(question) && PlanFacts.OnlyImported(snapshot.Base, request.CityId)
                && TextNormalizer.ContainsAny(TextNormalizer.Normalize(question), RouterVocabulary.SupportWords)))
            && ImportedSupport.Passage(snapshot.Searcher, question, request.CityId, snapshot.Base.Entries) is { } support
            && AnswerKind.Answers(question, support))
        {
            var supportLead = ImportedSupport.Lead(snapshot.Searcher, request.Question, question, support);
            return await SendAnswerStepAsync(stepContext, support, AnswerComposer.Compose(support, supportLead, context), [], null, cancellationToken).ConfigureAwait(false);
        }

        // How many or how far, asked by a resident of a city known only from its plan (「コンビニで証明書とってる人ってどれくらい
        // いるの？」): the row of the plan's table of targets naming it, which the resident's words rank below the national
        // guide and the plan's passage on the measure. Staff ask indicators by name, often two at once, which the search
        // below answers each by its own entry.
        if (IndicatorRow(snapshot.Base, request, question, isStaff) is { } row)
        {
            return await SendAnswerStepAsync(stepContext, row, AnswerComposer.Compose(row, AnswerLead.SentencesOf(row), context), [], null, cancellationToken).ConfigureAwait(false);
        }

        // What the plan names in its own terms, asked in residents' words (「名前とか住所を何枚も書かされる」 for its
        // 「書かない窓口」, 「ハンコいるの？」 for 押印の見直し) of a city known only from its plan: the passage naming it, which the
        // resident's words rank below the national guides on addresses and forms.
        if (PlanFacts.OnlyImported(snapshot.Base, request.CityId)
            && PlanTerms.Passage(snapshot.Searcher, request.Question, request.CityId, snapshot.Base.Entries) is { } named
            && AnswerKind.Answers(question, named))
        {
            // A passage announcing its sub-sections (「本市DXの基本理念を次のとおり掲げます。」) is answered with them.
            var termed = ImportedPassage.WithSubSections(named, snapshot.Base.Entries);
            var termedLead = PlanTerms.Lead(snapshot.Searcher, request.Question, termed);
            return await SendAnswerStepAsync(stepContext, termed, AnswerComposer.Compose(termed, termedLead, context), [], null, cancellationToken).ConfigureAwait(false);
        }

        if (confident.Count == 0 && PlanTerms.NamedAmongWeak(question, hits.Take(2), _options.MinCoverage / 2) is { } weakNamed
            && AnswerKind.Answers(question, weakNamed))
        {
            return await SendAnswerStepAsync(stepContext, weakNamed, AnswerComposer.Compose(weakNamed, AnswerLeads.For(snapshot.Searcher, request.Question, question, weakNamed), context), [], null, cancellationToken).ConfigureAwait(false);
        }

        if (confident.Count == 0)
        {
            // The entry about the subject lacks the fact asked (the fee, the next date): say which, of what.
            var notFound = AboutTheSubject(question, hits) is { } top && AnswerKind.MissingFrom(question, top.Entry) is { } missing
                ? $"{KnowledgeAnswerStrings.NotFoundOpening}\n{AnswerStrings.NotStated($"「{top.Entry.Title}」", missing, context.Office)}"
                : KnowledgeAnswerStrings.NotFound(city, context.Office);
            return await NotFoundStepAsync(stepContext, request, notFound, cancellationToken).ConfigureAwait(false);
        }

        var bestHit = NamingWhatWasShown(snapshot.Base, request, HoldingTheQuoted(question, TheOtherSide(request, PreferTheMessage(snapshot.Searcher, request, PreferCity(question, confident), confident), confident), confident), confident);
        // A city's imported plan passage covering the question as well as the national entry found first is the city's answer.
        var best = (TextNormalizer.ContainsAny(TextNormalizer.Normalize(question), NationWords)
            ? null
            : ImportedCityPart.OverNational(snapshot.Searcher, question, request.CityId, bestHit, _options.MinCoverage, CityPreferenceMargin)) ?? bestHit.Entry;
        // How things stand now is the city's passage stating its present state, not one sharing the question's words.
        best = ImportedPresentState.Rather(snapshot.Searcher, question, best, bestHit.Coverage);
        // What the city aims for is its own passage's, not the plan's report of the national plan.
        best = ImportedCityOwn.Rather(snapshot.Searcher, question, best);
        best = SayingMoreOfHow(question, best, bestHit.Coverage, confident);
        best = IntentionRatherThanPresentState(question, best, bestHit.Coverage, confident);
        best = TheServiceRatherThanItsTarget(question, best, bestHit.Coverage, confident);
        best = TheMeasureRatherThanTheContact(question, best, bestHit.Coverage, confident);
        best = IntentionRatherThanDefinition(question, best, bestHit.Coverage, confident);
        best = ProceduresRatherThanHelp(question, best, bestHit.Coverage, confident);
        best = PresentStateRatherThanIntention(snapshot.Searcher, snapshot.Base.Entries, question, best, bestHit.Coverage);
        best = DefiningTheTermAsked(question, best, bestHit.Coverage, confident);
        best = BesidesWhatIsNamed(request.Question, best, bestHit.Coverage, confident);
        if (!asksForAList)
        {
            best = ListAnswer.NumberedPartRatherThanWhole(request.Question,
                ListAnswer.OverviewRatherThanUnnamedItem(request.Question, ListAnswer.ItemRatherThanOverview(request.Question, best, confident), confident), confident);
        }
        else
        {
            // The plan's list, not the one item that matched best.
            var wider = hits.Where(h => h.Coverage >= _options.MinCoverage).ToList();
            if (ListAnswer.CitedAsThePartsMeasures(request.Question, wider) is { } measures)
            {
                best = measures;
            }
            else if (ListAnswer.Overview(request.Question, wider) is { } overview)
            {
                best = overview;
            }
            else if (ListAnswer.Compose(request.Question, wider, context) is { } list)
            {
                await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(FeedbackStrings.After(Main.MainStrings.MenuChoices), list), cancellationToken).ConfigureAwait(false);
                return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // The list of one numbered part (「行動指針の3つめ…の主な取組を一覧で」) is that part's.
                best = ListAnswer.NumberedPartRatherThanWhole(request.Question, ListAnswer.TheThingAsked(request.Question, best, confident), confident);
            }
        }

        if (!asksForAList && (FactAndMeasureAnswer(snapshot.Searcher, request, context) ?? PairedAnswer(snapshot.Searcher, request, best, context)) is { } paired)
        {
            var others = confident.Select(h => h.Entry).Where(e => !paired.Entries.Contains(e)).Take(3).ToList();
            return await SendAnswerStepAsync(stepContext, paired.Entries[0], new ComposedAnswer(paired.Text, null), others, null, cancellationToken).ConfigureAwait(false);
        }

        // What the plan names in its own terms, described in the resident's words (「別の役所でとった証明書をつけろって
        // 言われる」: the 添付書類's 情報連携), when the entry found names none of it.
        best = PlanTerms.Rather(snapshot.Searcher, question, request.CityId, best, snapshot.Base.Entries, _options.MinCoverage / 2);

        var related = Related(best, confident.Select(h => h.Entry));
        // Two sub-sections asked at once (「ビジョンとバリュー」) are their parent's, which gives each.
        best = ImportedPassage.WithSubSections(ImportedPassage.ParentWhenSiblingsAsked(request.Question, best, snapshot.Base.Entries), snapshot.Base.Entries);
        if (ExtractiveLead.AsksForSeveral(request.Question))
        {
            // A list asked of an imported passage: the passage stating the counted set asked, read as its items' names.
            best = ImportedList.Outline(snapshot.Searcher, request.Question, ImportedList.StatingTheSet(request.Question, best, hits.Where(h => h.Coverage >= _options.MinCoverage).ToList()), snapshot.Base.Entries);
        }

        // The lead is what the message itself asks (「令和5年度の目標は？」), not the subject it was read with.
        var lead = AnswerLeads.For(snapshot.Searcher, request.Question, question, best);
        var answer = AnswerComposer.Compose(best, lead, context);
        return await SendAnswerStepAsync(stepContext, best, answer, related, question == request.Question ? null : question, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The row of a plan's table of targets a resident asks how many or how far of, for a city known only from its plan
    /// (<see cref="ImportedIndicator"/>), when it states the kind of fact asked; null otherwise.
    /// </summary>
    private static KnowledgeEntry? IndicatorRow(KnowledgeBase knowledge, TopicRequest request, string question, bool isStaff) =>
        !isStaff && PlanFacts.OnlyImported(knowledge, request.CityId)
            && ImportedIndicator.Row(question, request.CityId, knowledge.Entries) is { } row && AnswerKind.Answers(question, row)
            ? row
            : null;

    /// <summary>
    /// A short message after a question may be about that question's subject (「令和5年度の目標は？」 after the online
    /// procedures' target) or a new question (「KPIは？」). Both readings are searched. The message's own best entry
    /// stands when it is also about the previous subject, or answers the message clearly better; otherwise the entry
    /// found with the previous question does, if it answers the message itself: an answer about something else entirely
    /// (the AI targets for 「令和5年度の目標は？」) misreads it. A message the knowledge cannot answer either way stays unanswered.
    /// A long message is first searched by what it asks (<see cref="LongMessage"/>).
    /// </summary>
    private (string Question, IReadOnlyList<SearchHit> Hits, List<SearchHit> Confident) ReadInContext(IKnowledgeSearcher searcher, TopicRequest request, int maxResults)
    {
        var cityWords = KnowledgeWords.Of(_knowledge.Current.Base).AllCityWords;
        if (PlanGist.Rewrite(request.Question, cityWords) is var gist && gist != request.Question
            && Confident(gist, searcher.Search(new SearchRequest(gist, request.CityId, MaxResults: maxResults))) is { Count: > 0 } gistConfident)
        {
            return (gist, gistConfident, gistConfident);
        }

        // 「年寄りは窓口で相手してもらえなくなるの？」「窓口は残るの？」: whether the counter stays beside the online way, which each
        // plan states as its counter in person and online combined; the resident's own words (年寄り, スマホ) find the help
        // with smartphones instead.
        if (TopicRouter.AsksWhetherTheCounterStays(TextNormalizer.Normalize(request.Question))
            && ReadAs($"{CounterStaysQuery} {request.Question}", searcher, request.CityId, maxResults) is { } counter)
        {
            return counter;
        }

        // 「3つ目の柱ではどんな取組をする？」 after a list numbered ①②③: the third item is what is asked about, in place of
        // the words pointing at it and of the question before (with them, 「DX行動指針を教えて その3つ目の柱の主な取組は？」
        // found the list's entry, 「3つの柱」, again).
        if (AnsweredEntry(_knowledge.Current.Base, request) is { } listed && NthItem(request.Question, listed) is { } item
            && ReadAs($"{item} {PointingAtAnItem().Replace(request.Subject is { } listedWith ? AsTyped(request.Question, listedWith) : request.Question, " ")}", searcher, request.CityId, maxResults) is { } itemRead)
        {
            return itemRead;
        }

        // 「子育て以外には何がある？」 after the 25 procedures of 子育て・介護・被災者支援: the others of the list just shown, which
        // its entry names; searched alone, 以外 found the entry on the procedures outside the national 31.
        if (request.Context is not null && AnsweredEntry(_knowledge.Current.Base, request) is { } shownList && NamesAmongOthers(request.Question, shownList))
        {
            return (request.Question, searcher.Search(new SearchRequest(request.Question, request.CityId, MaxResults: maxResults)), [new SearchHit(shownList, 1, 1)]);
        }

        // 「これまでの導入実績は？」「それ以外にすでに導入しているAIはある？」 after the AI targets, read with that question:
        // how things stand is asked of the same subject, and the entry titled by the present state answers it, though it
        // states none of the target the question before asked.
        // The question before may have asked an aspect of it (「…の成果目標は？」), whose words rank the target entries above
        // the present state: its subject alone (「AI・RPAの利用促進」) is searched with the follow-up then.
        // A follow-up read as a question of its own (「今までの導入実績は？」 names new words) has the question before as context.
        if ((request.Context ?? request.Subject) is { Length: > 0 } before
            && (request.Question.StartsWith(before, StringComparison.Ordinal) ? request.Question[before.Length..].Trim() : request.Context is null ? "" : request.Question) is { Length: > 0 } followUp
            && ImportedPresentState.IsAsked(followUp))
        {
            foreach (var query in new[] { $"{before} {followUp}", $"{TopicRouter.SubjectOf(before)} {followUp}" }.Distinct(StringComparer.Ordinal))
            {
                var withBefore = searcher.Search(new SearchRequest(query, request.CityId, MaxResults: maxResults));
                if (withBefore.Take(4).FirstOrDefault(h => h.Coverage >= _options.MinCoverage && TitledAsPresent().IsMatch(h.Entry.Title) && AnswerKind.Answers(followUp, h.Entry)) is { } present)
                {
                    return (query, withBefore, [present]);
                }
            }
        }

        // What a long message asks, searched apart from its story; the whole when the question leans on the story.
        if (LongMessage.Questions(request.Question, cityWords) is { } asked && ReadAs(asked, searcher, request.CityId, maxResults) is { } askedRead)
        {
            // The story chooses only for a message asking one thing: another question's words are no story.
            return LongMessage.EachQuestion(request.Question, cityWords) is null ? WithTheStorysChoice(searcher, request, askedRead, maxResults) : askedRead;
        }

        var whole = LongMessage.WithoutAsides(request.Question);
        var own = searcher.Search(new SearchRequest(whole, request.CityId, MaxResults: maxResults));
        var ownConfident = Confident(whole, own);
        // Two questions on different subjects that no entry answers together, nor the whole message: the first one some
        // entry answers, alone.
        if (ownConfident.Count == 0 && request.Context is null
            && (LongMessage.EachQuestion(request.Question, cityWords) ?? []).Select(q => ReadAs(q, searcher, request.CityId, maxResults)).FirstOrDefault(r => r is not null) is { } oneRead)
        {
            return oneRead;
        }

        // A story set apart from the question by an emoji (「…財布に小銭なくてATMまで走ったっけ💦 御前崎市ってこれからカードとか
        // スマホ決済で払えるようになるの？」): searched whole it found nothing, so the question after it is read alone.
        if (ownConfident.Count == 0 && request.Context is null && LongMessage.AfterTheStory(request.Question) is { } afterTheStory
            && ReadAs(afterTheStory, searcher, request.CityId, maxResults) is { } afterTheStoryRead)
        {
            return afterTheStoryRead;
        }

        // Two questions in one message (「…どこで検討することになってる？そのトップは誰？」), the second pointing back to
        // the first: searched whole, the second's words (トップ) are in no entry of the first's subject, so the first
        // is searched alone, and the pair is answered from there.
        // A second question of its own (「パスワードも教えて」「受付時間は何時まで？」) is not: the whole stays unanswered
        // when no entry holds what it asks.
        if (ownConfident.Count == 0 && request.Context is null && request.Subject is null && PairedQuestion.Clauses(request.Question) is { } clauses
            && PointsBackToTheFirst().IsMatch(clauses.Second) && ReadAs(clauses.First, searcher, request.CityId, maxResults) is { } firstRead)
        {
            return firstRead;
        }

        if (request.Context is not { Length: > 0 } previous)
        {
            // A question of its own words that the entry just answered covers clearly better than the one ranked first
            // (「改訂した理由は何でしたっけ？」 after the entry on the policy's two versions, which says why it was revised):
            // it goes on with that entry; ranked first, 理由 found the city's reasons for DX.
            if (request.ShownEntryId is { } shownId && ownConfident.Count > 1 && ownConfident[0].Entry.Id != shownId
                && ownConfident.FirstOrDefault(h => h.Entry.Id == shownId) is { } shownHit
                && shownHit.Coverage >= ownConfident[0].Coverage + ShownCoversMore)
            {
                return (whole, own, [shownHit, .. ownConfident.Where(h => h.Entry.Id != shownId)]);
            }

            return (whole, own, ownConfident);
        }

        // A year of what was just answered (「令和5年度からは何をするの？」 after the telework schedule): the entry shown
        // answers it when it states that year and everything else the message asks, before the overall schedule, which
        // the year's words reach too. Other follow-ups that it covers may want another entry (「被災者支援のはどれ？」
        // after the overview naming it).
        // Asked which year of something it names (「導入検討は何年度？」 after the cashless schedule), the year its sentence
        // naming that gives answers it too.
        if (request.SlotName is null && AnsweredEntry(_knowledge.Current.Base, request) is { } shown
            && ((FiscalYear.AllIn(request.Question).Any() && FiscalYear.EachNamedIn(request.Question, AnswerLead.Normalized(shown))
                    && searcher.Coverage(request.Question, shown, request.CityId) >= WholeCoverage)
                || GivesTheYearOf(request.Question, shown))
            && AnswerKind.Answers(request.Question, shown))
        {
            return (request.Question, own, [new SearchHit(shown, 1, 1), .. ownConfident.Where(h => h.Entry.Id != shown.Id)]);
        }

        var combined = $"{previous} {request.Question}";
        var withContext = searcher.Search(new SearchRequest(combined, request.CityId, MaxResults: maxResults));
        var withContextConfident = Confident(combined, withContext);
        if (withContextConfident.Count == 0)
        {
            return (request.Question, own, ownConfident);
        }

        // A message naming no subject (「今後はどうなるの？」 after the 書かない窓口) asks of the one just answered, though the
        // entry about it does not use its words: its own best entry (the city's plans for the future in general) matched
        // only how it asks.
        // 「詳しく」 past the end of an answer asks for more of it, not the answer again.
        var normalizedQuestion = TextNormalizer.Normalize(request.Question);
        var namesNoSubject = !AnswerStrings.MoreWords.Contains(normalizedQuestion.Trim(), StringComparer.Ordinal)
            // The city's name is no subject (「行方市でもやるんですか？」 after 自治体マイナポイント).
            && TopicRouter.AsksOnlyAnAspect(TextNormalizer.Without(normalizedQuestion, cityWords));
        var withContextBest = PreferCity(combined, withContextConfident).Entry;
        var answersMessage = searcher.Coverage(request.Question, withContextBest, request.CityId);
        if (answersMessage < _options.MinCoverage && !namesNoSubject)
        {
            return (request.Question, own, ownConfident);
        }

        // 「どんな分野の手続きが対象なの？」 after the overview naming 子育て・介護・被災者支援: the kinds are what that answer
        // states, when the question before finds it again; one kind's own entry (子育て) names only itself.
        if (AsksWhichKinds().IsMatch(normalizedQuestion) && withContextBest.Id == request.AnsweredEntryId)
        {
            return (combined, withContext, withContextConfident);
        }

        if (ownConfident.Count > 0)
        {
            // The message's own best entry wins when it is about the subject too (「被災者支援のはどれ？」 → the 罹災証明
            // entry, after the online procedures): it is the more particular answer.
            // Nor does the answer just given, found again by the previous question's words, stand against an entry
            // titled by what the message names anew (「進行管理はどういうやり方？」 after the body that does it: the PDCA
            // entry 「進行管理（PDCAサイクル）」, not the body again).
            var ownBest = PreferCity(request.Question, ownConfident).Entry;
            if (searcher.Coverage(previous, ownBest, request.CityId) >= _options.MinCoverage
                || (!namesNoSubject && answersMessage < searcher.Coverage(request.Question, ownBest, request.CityId) - ContextMargin)
                || (withContextBest.Id == request.AnsweredEntryId && TitlesWhatIsNamedAnew(request.Question, ownBest, withContextBest))
                // 「AIは今なにに使ってる？」 after the AI targets: the entry titled as the present state, not the targets again.
                || (ImportedPresentState.IsAsked(request.Question) && TitledAsPresent().IsMatch(ownBest.Title)
                    && !TitledAsPresent().IsMatch(withContextBest.Title)))
            {
                return (request.Question, own, ownConfident);
            }
        }

        return (combined, withContext, withContextConfident);
    }

    /// <summary>
    /// Both halves of a paired question (「ビジョンとバリューは？」), each from its own entry, when the entry found for the
    /// whole covers only one of them, or the other no better than that half's own entry (the 推進体制 entry mentions
    /// 進行管理, the 進行管理 entry is about it); null when the question asks one thing or one entry answers both.
    /// </summary>
    private (string Text, IReadOnlyList<KnowledgeEntry> Entries)? PairedAnswer(IKnowledgeSearcher searcher, TopicRequest request, KnowledgeEntry best, AnswerContext context)
    {
        var nouns = PairedQuestion.Split(request.Question);
        // A follow-up is read with the question before it: its clauses are two turns', not two questions.
        var pair = nouns ?? (request.Context is null && request.Subject is null ? PairedQuestion.Clauses(request.Question) : null);
        if (pair is not var (first, second))
        {
            return null;
        }

        var halves = new[] { first, second }
            .Select(q => (Question: q, Best: Confident(q, searcher.Search(new SearchRequest(q, request.CityId, MaxResults: 4))).FirstOrDefault()))
            .ToList();
        // The words before the pair may qualify the first noun only: read with them, the second finds the first's entry
        // again, though that entry never names it. An imported plan section announcing its sub-sections (3_基本理念 with its
        // ビジョン and バリュー) answers both with them, its words before the pair qualifying both.
        if (nouns is not null && halves.All(h => h.Best is not null) && halves[0].Best!.Entry.Id == halves[1].Best!.Entry.Id
            && !ImportedPassage.IsImported(halves[0].Best!.Entry)
            && PairedQuestion.SecondWithoutLead(request.Question) is ({ } secondNoun, { } alone)
            && !AnswerLead.Normalized(halves[0].Best!.Entry).Contains(secondNoun, StringComparison.Ordinal)
            && Confident(alone, searcher.Search(new SearchRequest(alone, request.CityId, MaxResults: 4))).FirstOrDefault() is { } aloneBest
            && aloneBest.Entry.Id != halves[0].Best!.Entry.Id)
        {
            halves[1] = (alone, aloneBest);
        }
        // Two clauses about the city's own subject (「写真は自分で用意？市役所で撮ってもらえる？」) whose halves, read alone,
        // drift to a national guide: the second leaves its subject to the first, and the city's entry answers the whole.
        // So does a second clause asking yes or no that the first's entry covers about as well (「施設の使用料って現金だけ？
        // カードで払えるようになる？」), though read alone it finds another entry on paying (taxes); not one asking a fact
        // of its own (「…の目標時期と、関連システムの数」), which another entry states.
        if (halves.Any(h => h.Best is null) || halves[0].Best!.Entry.Id == halves[1].Best!.Entry.Id
            || (nouns is null && best.CityId is not null && halves.Any(h => h.Best!.Entry.CityId is null))
            || halves.All(h => h.Best!.Entry.Id == best.Id || searcher.Coverage(h.Question, best, request.CityId) > searcher.Coverage(h.Question, h.Best.Entry, request.CityId))
            || (nouns is null && halves[0].Best!.Entry.Id == best.Id && !AsksWhat().IsMatch(TextNormalizer.Normalize(halves[1].Question))
                && searcher.Coverage(halves[1].Question, best, request.CityId) >= Math.Max(_options.MinCoverage, halves[1].Best!.Coverage - EqualCoverage)))
        {
            return null;
        }

        return ComposePair(halves.Select(h => (h.Best!.Entry, AnswerLeads.For(searcher, h.Question, h.Question, h.Best.Entry))).ToList(), context);
    }

    /// <summary>
    /// A fact checked, then what the city does about it (「…全国より少ないって本当？なんか対策してるの？」): the entry stating
    /// the fact, then the city's other entry found for the measure asked of it. Null when either is missing.
    /// </summary>
    private (string Text, IReadOnlyList<KnowledgeEntry> Entries)? FactAndMeasureAnswer(IKnowledgeSearcher searcher, TopicRequest request, AnswerContext context)
    {
        if (request.Context is not null || request.Subject is not null || PairedQuestion.MeasureOfTheFact(request.Question) is not var (fact, measure))
        {
            return null;
        }

        var factHit = Confident(fact, searcher.Search(new SearchRequest(fact, request.CityId, MaxResults: 4))).FirstOrDefault();
        var measureHit = factHit is null
            ? null
            : Confident(measure, searcher.Search(new SearchRequest(measure, request.CityId, MaxResults: 6)))
                .FirstOrDefault(h => h.Entry.Id != factHit.Entry.Id && h.Entry.CityId == request.CityId
                    && !RepeatsTheFigures(AnswerLead.Normalized(factHit.Entry), AnswerLead.Normalized(h.Entry)));
        // The measure is told from its opening, which says what is done: led by the question, it would open on a figure.
        return measureHit is null ? null : ComposePair([(factHit!.Entry, AnswerLeads.For(searcher, fact, fact, factHit.Entry)), (measureHit.Entry, [])], context);
    }

    /// <summary>
    /// Whether the second text's figures are all the first's (the same target told again, 22.5% to 100%): it would
    /// repeat the fact, not say what is done about it. A text with fewer than two figures states no target to repeat.
    /// </summary>
    private static bool RepeatsTheFigures(string first, string second)
    {
        var figures = Figure().Matches(second).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        return figures.Count >= 2 && figures.All(f => first.Contains(f, StringComparison.Ordinal));
    }

    /// <summary>
    /// The entry a question no entry answers is about, to say what it lacks: when the best is mostly about the subject,
    /// that one, unless another found shares a clearly longer name with the question (「LINE公式アカウント…IDかQRコード」
    /// is about the city's LINE account, not the card's application form whose QR code ranks first).
    /// </summary>
    private SearchHit? AboutTheSubject(string question, IReadOnlyList<SearchHit> hits)
    {
        if (hits.FirstOrDefault() is not { Coverage: >= MostlyAboutTheSubject })
        {
            return null;
        }

        var normalized = TextNormalizer.Normalize(question);
        int Shared(SearchHit h) => TextNormalizer.LongestSharedRun(normalized, AnswerLead.Normalized(h.Entry));
        var topShares = Shared(hits[0]);
        // Each candidate's shared run is measured once: it walks every pair of the two texts' words.
        return hits.Skip(1).Take(3).Where(h => h.Coverage >= _options.MinCoverage)
            .Select(h => (Hit: h, Shares: Shared(h)))
            .Where(c => c.Shares >= topShares + LongerName)
            .OrderByDescending(c => c.Shares).Select(c => c.Hit).FirstOrDefault() ?? hits[0];
    }

    /// <summary>Each half in half the message, so the pair stays one message with both citations.</summary>
    private static (string Text, IReadOnlyList<KnowledgeEntry> Entries) ComposePair(IReadOnlyList<(KnowledgeEntry Entry, IReadOnlyList<string> Lead)> halves, AnswerContext context)
    {
        var half = context with { MaxLength = (context.MaxLength - 2) / 2 };
        var parts = halves.Select(h => AnswerComposer.Compose(h.Entry, h.Lead, half).Text.Replace(AnswerComposer.MoreHint, "", StringComparison.Ordinal));
        return (string.Join("\n\n", parts), halves.Select(h => h.Entry).ToList());
    }

    /// <summary>
    /// A follow-up naming a part of the answer just shown by its own words (「第1グループに入っている業務は？」 after the 17
    /// 業務 in two groups) asks about that answer, not an entry sharing a shorter word (グループウェア).
    /// </summary>
    private static SearchHit NamingWhatWasShown(KnowledgeBase knowledge, TopicRequest request, SearchHit best, IReadOnlyList<SearchHit> confident)
    {
        if (request.Context is null || AnsweredEntry(knowledge, request) is not { } shown || shown.Id == best.Entry.Id
            || confident.FirstOrDefault(h => h.Entry.Id == shown.Id) is not { } shownHit)
        {
            return best;
        }

        var shownText = AnswerLead.Normalized(shown);
        var bestText = AnswerLead.Normalized(best.Entry);
        return TextNormalizer.MeaningfulWords(TextNormalizer.Normalize(request.Question))
            .Any(w => w.Length >= MinNameLength && shownText.Contains(w, StringComparison.Ordinal) && !bestText.Contains(w, StringComparison.Ordinal))
            ? shownHit
            : best;
    }

    /// <summary>
    /// Words the resident quotes (「『海原』とか『灯り』ってどういう意味？」) are what is asked about: an entry holding them all
    /// answers before one that matched the rest of the question (what DX means) better.
    /// </summary>
    private static SearchHit HoldingTheQuoted(string question, SearchHit best, IReadOnlyList<SearchHit> confident)
    {
        var quoted = Quoted().Matches(TextNormalizer.Normalize(question)).Select(m => m.Groups["term"].Value).ToList();
        bool Holds(SearchHit h) => quoted.All(t => AnswerLead.Normalized(h.Entry).Contains(t, StringComparison.Ordinal));
        return quoted.Count == 0 || Holds(best) ? best : confident.FirstOrDefault(Holds) ?? best;
    }

    /// <summary>
    /// A question read apart from its story that no entry covers well (「地震や津波が心配です。…安全に関係する取り組みは
    /// 入っていますか？」: 安全 alone finds the plan's place among plans first): among the entries answering it, the one the
    /// whole message, story included, covers clearly better than the question's own best comes first. A question an
    /// entry covers well stands as read.
    /// </summary>
    private (string Question, IReadOnlyList<SearchHit> Hits, List<SearchHit> Confident) WithTheStorysChoice(
        IKnowledgeSearcher searcher, TopicRequest request, (string Question, IReadOnlyList<SearchHit> Hits, List<SearchHit> Confident) read, int maxResults)
    {
        var top = read.Confident[0];
        if (top.Coverage >= CoveredWell)
        {
            return read;
        }

        var whole = LongMessage.WithoutAsides(request.Question);
        var wholeTop = Confident(whole, searcher.Search(new SearchRequest(whole, request.CityId, MaxResults: maxResults))).FirstOrDefault();
        var chosen = wholeTop is null || wholeTop.Entry.Id == top.Entry.Id
            || wholeTop.Coverage < searcher.Coverage(whole, top.Entry, request.CityId) + ContextMargin * 2
            ? null
            : read.Confident.FirstOrDefault(h => h.Entry.Id == wholeTop.Entry.Id);
        return chosen is null ? read : (read.Question, read.Hits, [chosen, .. read.Confident.Where(h => h != chosen)]);
    }

    /// <summary>The question searched as worded here, when some entry answers it confidently; else null.</summary>
    private (string Question, IReadOnlyList<SearchHit> Hits, List<SearchHit> Confident)? ReadAs(string question, IKnowledgeSearcher searcher, string cityId, int maxResults)
    {
        var hits = searcher.Search(new SearchRequest(question, cityId, MaxResults: maxResults));
        return Confident(question, hits) is { Count: > 0 } confident ? (question, hits, confident) : null;
    }

    private List<SearchHit> Confident(string question, IReadOnlyList<SearchHit> hits) =>
        hits.Take(4).Where(h => h.Coverage >= _options.MinCoverage && AnswerKind.Answers(question, h.Entry)).ToList();

    /// <summary>The entries about a follow-up's subject (the one just shown first), and those of them stating the aspect asked.</summary>
    private (List<SearchHit> AboutSubject, List<SearchHit> Stating) AboutSubject(KnowledgeSnapshot snapshot, TopicRequest request, FollowUpSlot slot, string subject)
    {
        var subjectHits = snapshot.Searcher.Search(new SearchRequest(subject, request.CityId, MaxResults: 3));
        // Entries that match the subject nearly as well as the best one: a weaker hit shares a word, not the subject.
        var aboutSubject = subjectHits
            .Where(h => h.Coverage >= _options.MinCoverage && h.Coverage >= subjectHits[0].Coverage * SubjectShare)
            .ToList();
        var answered = AnsweredEntry(snapshot.Base, request);
        var message = AsTyped(request.Question, subject);
        if (answered is not null)
        {
            // What was shown comes first: 「それはいつまでに？」 asks about that answer, even where another entry
            // matches the previous question's words better.
            PutFirst(aboutSubject, new SearchHit(answered, 1, 1));
            // Unless the message names one part of what was asked, which another entry is titled by (「進行管理はどういう
            // やり方で？」 after the body doing 総合調整と進行管理: the entry 「進行管理（PDCAサイクル）」).
            if (snapshot.Searcher.Search(new SearchRequest(message, request.CityId, MaxResults: 3))
                    .FirstOrDefault(h => h.Entry.Id != answered.Id && h.Coverage >= _options.MinCoverage && TitlesWhatIsNamedAnew(message, h.Entry, answered)) is { } named)
            {
                PutFirst(aboutSubject, named);
            }
        }
        // More of what a city's answer left unsaid is in that city's entries: a national guide sharing a word of the
        // subject (リーダー of DX推進リーダー in カードリーダー) is about something else.
        var stating = aboutSubject.Where(h => slot.IsStatedIn(AnswerLead.Normalized(h.Entry))
            && !(slot.BeyondTheAnswer && answered is { CityId: { } shownCity } && h.Entry.CityId != shownCity)).ToList();
        // 「その任命はいつでしたか」 after the committee whose members are the heads appointed デジタル推進官: the answer's dates
        // are the committee's; the entry giving the date in the sentence naming 任命 answers.
        // Not when the answer's sentence stating it names the subject itself by its long name (「2007年の「御前崎市高度情報化計画」」
        // asked 「それはいつ策定された？」): 策定 then found the prefecture's plan of another name.
        if (answered is not null && NamedInTheFollowUp(message, slot) is { Count: > 0 } namedWords
            && !StatesItOf(answered, slot, namedWords)
            && !StatesItOf(answered, slot, [.. TextNormalizer.MeaningfulWords(TopicRouter.SubjectOf(subject)).Where(w => w.Length >= ProperNameLength)])
            && snapshot.Searcher.Search(new SearchRequest($"{subject} {message}", request.CityId, MaxResults: 4))
                .FirstOrDefault(h => h.Entry.Id != answered.Id && h.Entry.CityId == answered.CityId && h.Coverage >= _options.MinCoverage && StatesItOf(h.Entry, slot, namedWords)) is { } statingTheNamed)
        {
            PutFirst(aboutSubject, statingTheNamed);
            PutFirst(stating, statingTheNamed);
        }

        if (stating.Count == 0 && slot.InSiblings && answered is { File: { } file })
        {
            stating = snapshot.Base.Entries
                .Where(e => e.File == file && e.Topic == answered.Topic && e.CityId == answered.CityId && e.Id != answered.Id && slot.IsStatedIn(AnswerLead.Normalized(e)))
                .Select(e => new SearchHit(e, 0, 0))
                .ToList();
        }

        if (stating.Count == 0 && answered is not null && slot.Name is "share" or "count" or "baseline" or "target" or "deadline")
        {
            stating = NamingTheAnswered(snapshot, request.CityId, answered, slot);
        }

        // A fee asked after an answer no entry id was kept for (the card's guide, several entries at once): the entry found
        // first for the subject stands for it.
        if (stating.Count == 0 && slot.Name == "fee" && (answered ?? aboutSubject.FirstOrDefault()?.Entry) is { } shownOrFound)
        {
            stating = NamingTheAnswered(snapshot, request.CityId, shownOrFound, slot);
        }

        return (aboutSubject, stating);
    }

    /// <summary>The hit first among the hits, once (where it stood before, it is taken out).</summary>
    private static void PutFirst(List<SearchHit> hits, SearchHit hit)
    {
        hits.RemoveAll(h => h.Entry.Id == hit.Entry.Id);
        hits.Insert(0, hit);
    }

    /// <summary>
    /// The words of two or more a follow-up names besides the aspect it asks, the aspects' own words (目標, 予定) and its
    /// fillers (任命 of 「その任命はいつでしたか」).
    /// </summary>
    private static List<string> NamedInTheFollowUp(string followUp, FollowUpSlot slot) =>
        TextNormalizer.MeaningfulWords(TextNormalizer.Without(TopicRouter.SubjectOf(followUp), [.. slot.Words, .. RouterVocabulary.FollowUpFillers]))
            .Where(w => w.Length >= 2).ToList();

    /// <summary>Whether one sentence of the entry states the aspect and names one of the words.</summary>
    private static bool StatesItOf(KnowledgeEntry entry, FollowUpSlot slot, List<string> words) =>
        AnswerLead.NormalizedSentences(entry).Any(s => slot.IsStatedIn(s) && words.Exists(w => s.Contains(w, StringComparison.Ordinal)));

    /// <summary>
    /// The same city's entries whose title names what the answer was about (「コンビニ交付率の目標」 after 「住民票などのコンビニ
    /// 交付」) and state the figure asked: the question before named the service, not its figures, so the search on it
    /// missed them. A title sharing only a word of two characters (交付 of the card's own fee) names something else; a
    /// time or a way asked after the plan's aims is the plan's own (its period), not a neighbouring measure's.
    /// </summary>
    private static List<SearchHit> NamingTheAnswered(KnowledgeSnapshot snapshot, string cityId, KnowledgeEntry answered, FollowUpSlot slot)
    {
        // The national guide's fee is its own entry's (「マイナンバーカードの手数料」), whichever of its entries was shown: 「費用は？」
        // after the ways to apply. The guide states no city's share, count or target, so only its fee is looked for.
        if (answered.CityId is null && slot.Name != "fee")
        {
            return [];
        }

        var shownTitle = TextNormalizer.Normalize(answered.Title);
        // The guide's entries all name the card: its fee entry is found by the fee's words too.
        var query = answered.CityId is null ? $"{answered.Title} {slot.Label}" : answered.Title;
        // A deadline is one measure's: the title must name the measure (「マイナンバーカードの普及」), not share a heading's
        // word (基本理念 of the vision and the values, after which 「いつまでの方針？」 asks the plan's own period).
        // The title naming more of the answer's comes first (「マイナンバーカードの普及目標（KGI）」 after 「…の普及促進（重点項目）」,
        // not the list of every priority item's KGI that shares 重点項目).
        return snapshot.Searcher.Search(new SearchRequest(query, cityId, MaxResults: 16))
            .Where(h => h.Entry.Id != answered.Id && h.Entry.CityId == answered.CityId && slot.IsStatedIn(AnswerLead.Normalized(h.Entry)))
            .Select(h => (Hit: h, Shared: TextNormalizer.LongestSharedRun(shownTitle, TextNormalizer.Normalize(h.Entry.Title))))
            .Where(n => n.Shared >= (slot.Name == "deadline" ? ProperNameLength : MinNameLength))
            .OrderByDescending(n => n.Shared)
            .Select(n => n.Hit)
            .ToList();
    }

    /// <summary>
    /// Asked how something is done (「水道料金をeLTAXで払うとき、どうやって払う形になるの？」「同じやり方で払える？」): of the
    /// city's entries covering the question as well, the one saying more of the way (the unified QR code) rather than
    /// the one saying only that it will be possible.
    /// </summary>
    private static KnowledgeEntry SayingMoreOfHow(string question, KnowledgeEntry best, double bestCoverage, IReadOnlyList<SearchHit> confident)
    {
        // 「どうやって決めたの？」 asks why it is so (the reasons a period was set), not the way anything is done.
        var normalized = TextNormalizer.Normalize(question);
        if (FollowUpSlots.Named("how") is not { } how || !how.Words.Any(w => normalized.Contains(w, StringComparison.Ordinal)) || FollowUpSlots.AsksOtherThanTheWay(normalized))
        {
            return best;
        }

        var shown = how.TimesStatedIn(AnswerLead.Normalized(best));
        return LevelInItsCity(best, bestCoverage, confident)
            .Select(e => (Entry: e, Times: how.TimesStatedIn(AnswerLead.Normalized(e))))
            .Where(c => c.Times > shown)
            .OrderByDescending(c => c.Times)
            .Select(c => c.Entry)
            .FirstOrDefault() ?? best;
    }

    /// <summary>The other entries of the best one's city covering the question as well as it: those that may answer instead.</summary>
    private static IEnumerable<KnowledgeEntry> LevelInItsCity(KnowledgeEntry best, double bestCoverage, IReadOnlyList<SearchHit> confident) =>
        confident.Where(h => h.Entry.Id != best.Id && h.Entry.CityId == best.CityId && h.Coverage >= bestCoverage - SameCoverage).Select(h => h.Entry);

    /// <summary>
    /// Asked what there is besides a thing named (「標準化対象の20業務システムのほかに移行するシステムはある？」), the entry
    /// titled by that thing is not the answer when another, covering the question as well, speaks of it too and is not
    /// titled by it (the related systems, 「20業務システムのほかに…7つ」). One saying there is nothing else (「AI会議録作成システム
    /// 以外に…」, the present state) stands when nothing else covers the question as well.
    /// </summary>
    private static KnowledgeEntry BesidesWhatIsNamed(string question, KnowledgeEntry best, double bestCoverage, IReadOnlyList<SearchHit> confident)
    {
        if (NamedBesides(question) is not { } named)
        {
            return best;
        }

        // A title naming it as one of several (「住民票などのコンビニ交付」) is about the others too.
        var title = TextNormalizer.Normalize(best.Title);
        if (!title.Contains(named, StringComparison.Ordinal) || title.Contains($"{named}など", StringComparison.Ordinal) || title.Contains($"{named}等", StringComparison.Ordinal))
        {
            return best;
        }

        return LevelInItsCity(best, bestCoverage, confident)
            .FirstOrDefault(e => !TextNormalizer.Normalize(e.Title).Contains(named, StringComparison.Ordinal)
                && TextNormalizer.Normalize(e.Body).Contains(named, StringComparison.Ordinal)) ?? best;
    }

    /// <summary>
    /// Asked how a service is used (「コンビニ交付は市内のコンビニでしか使えませんか」), the entry titled by the plan's target
    /// figure for it (「コンビニ交付率の目標（43.6%）」) is not the answer when the city's entry on the service covers the
    /// question as well: the question asks no figure, target or year.
    /// </summary>
    private static KnowledgeEntry TheServiceRatherThanItsTarget(string question, KnowledgeEntry best, double bestCoverage, IReadOnlyList<SearchHit> confident)
    {
        if (!TargetFigureTitle().IsMatch(best.Title) || AnswerKind.AsksAFigureOrTarget(question)
            || TextNormalizer.ContainsAny(TextNormalizer.Normalize(question), RouterVocabulary.IntentionWords))
        {
            return best;
        }

        return LevelInItsCity(best, bestCoverage, confident).FirstOrDefault(e => !e.Title.Contains("目標", StringComparison.Ordinal)) ?? best;
    }

    /// <summary>
    /// Asked whether the city will make something possible (「電話とかネットで相談できるようにしてくれんの？」), the entry on
    /// whom to contact, found by its keywords (電話, 相談先), is not the answer when an entry on the measure covers the
    /// question as well: the question asks no contact.
    /// </summary>
    private static KnowledgeEntry TheMeasureRatherThanTheContact(string question, KnowledgeEntry best, double bestCoverage, IReadOnlyList<SearchHit> confident)
    {
        var normalized = TextNormalizer.Normalize(question);
        if (!best.Title.Contains("問い合わせ先", StringComparison.Ordinal) || ContactAsked().IsMatch(normalized)
            || !TextNormalizer.ContainsAny(normalized, RouterVocabulary.IntentionWords))
        {
            return best;
        }

        return LevelInItsCity(best, bestCoverage, confident).FirstOrDefault() ?? best;
    }

    /// <summary>
    /// Asked what the city intends (「どんなデータをオープンデータにする予定？」), an entry on the present state of the subject
    /// (「オープンデータの現状」) is not the answer when one on its measures or targets covers the question as well.
    /// </summary>
    private static KnowledgeEntry IntentionRatherThanPresentState(string question, KnowledgeEntry best, double bestCoverage, IReadOnlyList<SearchHit> confident)
    {
        if (!best.Title.Contains("現状", StringComparison.Ordinal)
            || !TextNormalizer.ContainsAny(TextNormalizer.Normalize(question), RouterVocabulary.IntentionWords))
        {
            return best;
        }

        return LevelInItsCity(best, bestCoverage, confident)
            .FirstOrDefault(e => !e.Title.Contains("現状", StringComparison.Ordinal) && IntendedWork().IsMatch(e.Title)) ?? best;
    }

    /// <summary>
    /// Asked whether procedures can be done by phone without going to the office (「役所に行かなくてもスマホで手続きできる
    /// ようになる？」), the help for residents who struggle with phones is not the answer unless the message says they
    /// struggle, asks for help or names the programmes: the procedures going online, covering it as well, are.
    /// </summary>
    private static KnowledgeEntry ProceduresRatherThanHelp(string question, KnowledgeEntry best, double bestCoverage, IReadOnlyList<SearchHit> confident)
    {
        var unspaced = TextNormalizer.Normalize(question).Replace(" ", "", StringComparison.Ordinal);
        if (best.Topic != KnowledgeTopics.Support
            || !TextNormalizer.ContainsAny(unspaced, RouterVocabulary.ProcedureWords)
            || TextNormalizer.ContainsAny(unspaced, RouterVocabulary.StruggleWords)
            || TextNormalizer.ContainsAny(unspaced, RouterVocabulary.HelpRequestWords)
            || TextNormalizer.ContainsAny(unspaced, RouterVocabulary.SupportWords))
        {
            return best;
        }

        return LevelInItsCity(best, bestCoverage, confident).FirstOrDefault(e => e.Topic == KnowledgeTopics.Online) ?? best;
    }

    /// <summary>
    /// Asked what the city will do with something (「公開データ（オープンデータ）って増えるの？」), the glossary's definition
    /// of it is not the answer when an entry on the measure covers the question as well; asked what it is, it is.
    /// </summary>
    private static KnowledgeEntry IntentionRatherThanDefinition(string question, KnowledgeEntry best, double bestCoverage, IReadOnlyList<SearchHit> confident)
    {
        var normalized = TextNormalizer.Normalize(question);
        if (!GlossaryEntry.Is(best) || TermDefinitionAsked().IsMatch(normalized)
            || !(TextNormalizer.ContainsAny(normalized, RouterVocabulary.IntentionWords) || Growing().IsMatch(normalized)))
        {
            return best;
        }

        return LevelInItsCity(best, bestCoverage, confident).FirstOrDefault(e => !GlossaryEntry.Is(e)) ?? best;
    }

    /// <summary>
    /// Asked how things stand now (「市の電子申請で今はどんな申請が対象なの？」), an entry on the city's plans for the subject
    /// (its roadmap) is not the answer when one titled by the present state (「いま…申し込めるもの（計画策定時点の状況）」)
    /// covers the question as well. The entries on the plans name the subject in their titles and rank far above it, so
    /// the city's few hand-written entries titled so are weighed by how much of the question they cover, not by their rank.
    /// </summary>
    private static KnowledgeEntry PresentStateRatherThanIntention(IKnowledgeSearcher searcher, IReadOnlyList<KnowledgeEntry> entries, string question, KnowledgeEntry best, double bestCoverage)
    {
        var normalized = TextNormalizer.Normalize(question);
        // A city known from its imported plan has its present-state sentences found by ImportedPresentState: a passage
        // titled by a survey's 現状と課題 is no statement of what can be done today.
        if (NamesThePresent(best.Title) || best.CityId is not { } city || ImportedPassage.IsImported(best) || !ImportedPresentState.IsAsked(normalized)
            || TextNormalizer.ContainsAny(normalized, RouterVocabulary.IntentionWords))
        {
            return best;
        }

        return entries.Where(e => e.CityId == city && !ImportedPassage.IsImported(e) && NamesThePresent(e.Title) && AnswerKind.Answers(question, e))
            .Select(e => (Entry: e, Coverage: searcher.Coverage(question, e, city)))
            .Where(c => c.Coverage >= bestCoverage - SameCoverage)
            .OrderByDescending(c => c.Coverage)
            .Select(c => c.Entry)
            .FirstOrDefault() ?? best;
    }

    private static bool NamesThePresent(string title) => PresentTitle().IsMatch(title);

    /// <summary>
    /// Asked what a term is (「ワンスオンリーってなんのこと？」), of the entries covering the question as well, the one
    /// explaining the term (「ワンスオンリー（一度出した情報は…）」「…とは」) rather than one only naming it in a list.
    /// </summary>
    private static KnowledgeEntry DefiningTheTermAsked(string question, KnowledgeEntry best, double bestCoverage, IReadOnlyList<SearchHit> confident)
    {
        if (TermDefinitionAsked().Match(TextNormalizer.Normalize(question)) is not { Success: true } asked)
        {
            return best;
        }

        var term = asked.Groups["term"].Value;
        if (Defines(best, term))
        {
            return best;
        }

        return LevelInItsCity(best, bestCoverage, confident)
            .FirstOrDefault(e => Defines(e, term)) ?? best;
    }

    // The term followed by its explanation in brackets or after a colon, or as the subject of 「…とは」.
    private static bool Defines(KnowledgeEntry entry, string term)
    {
        var body = TextNormalizer.NormalizeWhole(entry.Body);
        return body.Contains(term + "(", StringComparison.Ordinal) || body.Contains(term + ":", StringComparison.Ordinal)
            || body.Contains(term + "とは", StringComparison.Ordinal)
            || (entry.Title.EndsWith("とは", StringComparison.Ordinal) && body.Contains(term, StringComparison.Ordinal));
    }

    /// <summary>
    /// A follow-up asking one aspect of the subject just answered: only an entry about that subject which states the
    /// aspect may answer, with the sentences stating it first; a neighbouring entry that happens to state such a fact
    /// (the card's fee for a convenience-store certificate) is not about the subject, so the bot says it is not stated.
    /// </summary>
    private async Task<DialogTurnResult> SlotStepAsync(
        WaterfallStepContext stepContext, TopicRequest request, FollowUpSlot slot, (List<SearchHit> AboutSubject, List<SearchHit> Stating) about, AnswerContext context, CancellationToken cancellationToken)
    {
        var snapshot = _knowledge.Current;
        var (aboutSubject, stating) = about;
        var answered = AnsweredEntry(snapshot.Base, request);
        var city = snapshot.Base.Cities[request.CityId];
        if (stating.Count == 0 && slot.Name is "deadline" or "since" && PlanPeriod.NamesThePlan(request.Question) && city.Plan.Period is { Length: > 0 } period)
        {
            // 「それっていつまでの計画？」 after the plan's aims: the plan's own period, which no entry about its aims states.
            var text = KnowledgeAnswerStrings.PlanPeriod(city.Plan, period, PlanPeriod.EndedBefore(period, context.Today), context.Office);
            await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(FeedbackStrings.After(Main.MainStrings.MenuChoices), text), cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (stating.Count == 0)
        {
            var notStated = aboutSubject.Count > 0
                ? AnswerStrings.NotStated($"「{aboutSubject[0].Entry.Title}」", slot.Label, context.Office)
                : AnswerStrings.NotStatedWithoutSubject(slot.Label, context.Office);
            return await NotFoundStepAsync(stepContext, request, $"{KnowledgeAnswerStrings.NotFoundOpening}\n{notStated}", cancellationToken).ConfigureAwait(false);
        }

        // Among the entries about the subject, the one that best matches the follow-up as asked.
        var ranked = snapshot.Searcher.Search(new SearchRequest(request.Question, request.CityId, MaxResults: 8)).Select(h => h.Entry.Id).ToList();
        // Asked because the answer did not say enough (how it is done): the city's entry saying more of it comes first.
        var shownTimes = answered is null ? 0 : slot.TimesStatedIn(AnswerLead.Normalized(answered));
        bool SaysMore(SearchHit h) => slot.BeyondTheAnswer && answered is not null && h.Entry.Id != answered.Id && h.Entry.CityId == answered.CityId
            && slot.TimesStatedIn(AnswerLead.Normalized(h.Entry)) > shownTimes;
        // The answer just shown, or the entry titled by the part of it the message names (AboutSubject puts it first).
        var shownFirst = answered is null ? null : aboutSubject.FirstOrDefault()?.Entry.Id;
        var ordered = stating.OrderBy(h => !SaysMore(h)).ThenBy(h => h.Entry.Id != shownFirst)
            .ThenByDescending(h => SaysMore(h) ? slot.TimesStatedIn(AnswerLead.Normalized(h.Entry)) : 0)
            .ThenBy(h => ranked.IndexOf(h.Entry.Id) is var i && i >= 0 ? i : int.MaxValue).ToList();
        var best = ListAnswer.ItemRatherThanOverview(request.Subject!, ordered[0].Entry, ordered);
        // In an imported passage (a plan's whole measure) the sentences stating the aspect about the subject asked lead;
        // a hand-written entry states it once, where its author put it.
        var message = AsTyped(request.Question, request.Subject!);
        var lead = ImportedPassage.IsImported(best)
            ? ExtractiveLead.Stating(snapshot.Searcher, request.Subject!, message, best, s => slot.IsStatedIn(TextNormalizer.Normalize(s)), 2)
            : AnswerLead.SentencesOf(best).Where(s => slot.IsStatedIn(TextNormalizer.Normalize(s))).Take(2).ToList();
        var answer = AnswerComposer.Compose(best, lead, context);
        var related = Related(best, aboutSubject.Select(h => h.Entry));
        return await SendAnswerStepAsync(stepContext, best, answer, related, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A message pointing back (「その進み具合は毎年だれが確認するの？」 after 「計画の基本方針は？」) is searched with the
    /// question before it, whose words every entry about that subject shares: among the entries covering the two about
    /// equally, the one covering the message itself clearly better answers it (the yearly review, not the policies again).
    /// </summary>
    private SearchHit PreferTheMessage(IKnowledgeSearcher searcher, TopicRequest request, SearchHit best, IReadOnlyList<SearchHit> confident)
    {
        // An item of the list just given, pointed at by its place (「その3つ目の柱の…」), was searched by its own words
        // (ReadInContext): the list covers the pointing words (3つ, 柱) better, and is no answer.
        if (request.Subject is not { Length: > 0 } subject || !request.Question.StartsWith(subject, StringComparison.Ordinal)
            || request.Question[subject.Length..].Trim() is not { Length: > 0 } message
            || (AnsweredEntry(_knowledge.Current.Base, request) is { } listed && NthItem(request.Question, listed) is not null))
        {
            return best;
        }

        var bestCovers = searcher.Coverage(message, best.Entry, request.CityId);
        var better = confident
            .Where(h => h.Entry.Id != best.Entry.Id && h.Coverage >= best.Coverage - EqualCoverage)
            .Select(h => (Hit: h, Covers: searcher.Coverage(message, h.Entry, request.CityId)))
            .Where(x => x.Covers >= bestCovers + ContextMargin * 2)
            .OrderByDescending(x => x.Covers)
            .Select(x => x.Hit)
            .FirstOrDefault();
        if (better is not null || best.Entry.Id != request.AnsweredEntryId || bestCovers >= WholeCoverage)
        {
            return better ?? best;
        }

        // 「それってどういう意味が込められてるの？」 asks what the answer just given means: its explanation is in it, and an
        // entry defining another word (DX) by 意味 is not about it.
        // Nor does 「それより前はどういう形で？」 after the telework system's start: what came before it is told in that answer's
        // entry, its history, not in the plans ahead.
        var asked = TextNormalizer.Normalize(message);
        // Nor 「それってもう全部の窓口でやってるの？」 after the write-free counter: how far it has gone is told in that answer
        // when it says where things stood (「計画の時点で一部の窓口で」), not in the measure's targets.
        if (MeaningOfWhatWasShown().IsMatch(asked) || EarlierThanThat().IsMatch(asked)
            || (AlreadyDone().IsMatch(asked) && StandingThen().IsMatch(AnswerLead.Normalized(best.Entry))))
        {
            return best;
        }

        // The answer just given, again, though it lacks some of what is asked back about it (「具体的にはどんな窓口を
        // 目指すの？」): the resident wants what it did not say, so another entry about the subject that answers the
        // message as well comes first. One holding all of it (「なんでその期間なの？」 after the period) stands.
        return confident
            .Where(h => h.Entry.Id != best.Entry.Id)
            .FirstOrDefault(h => searcher.Coverage(message, h.Entry, request.CityId) >= Math.Max(bestCovers, EqualCoverage)) ?? best;
    }

    /// <summary>
    /// Whether the message asks how or what of a word of three or more that titles the entry and not the one answered
    /// before. A bare 「KGIは？」 asks that of the subject just answered, not of the entry defining KGI.
    /// </summary>
    private static bool TitlesWhatIsNamedAnew(string message, KnowledgeEntry entry, KnowledgeEntry answered)
    {
        if (!AsksHowOrWhat().IsMatch(message))
        {
            return false;
        }

        var title = TextNormalizer.Normalize(entry.Title);
        var answeredTitle = TextNormalizer.Normalize(answered.Title);
        return TextNormalizer.MeaningfulWords(TextNormalizer.Normalize(message))
            .Any(w => w.Length >= 3 && title.Contains(w, StringComparison.Ordinal) && !answeredTitle.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// 「育成のほうは？」 after the answer on 確保 asks for the other side: the entry just given, found again by the words
    /// the two share (デジタル人材の確保・育成), is not it; the next entry covering the message about as well is.
    /// </summary>
    private static SearchHit TheOtherSide(TopicRequest request, SearchHit best, IReadOnlyList<SearchHit> confident) =>
        best.Entry.Id == request.AnsweredEntryId && Contrast().IsMatch(TextNormalizer.Normalize(request.Question))
            ? confident.FirstOrDefault(h => h.Entry.Id != best.Entry.Id && h.Coverage >= best.Coverage - EqualCoverage) ?? best
            : best;

    /// <summary>
    /// Other entries offered after an answer: of the same kind as it, since sharing the question's words is not enough
    /// (after the plan period, procedures whose text says 「計画期間中に」 matched as well as it did).
    /// </summary>
    private static List<KnowledgeEntry> Related(KnowledgeEntry best, IEnumerable<KnowledgeEntry> candidates) =>
        candidates.Where(e => e.Title != best.Title && e.Topic == best.Topic).Take(3).ToList();

    /// <summary>
    /// Whether the question asks which fiscal year something happens and one sentence of the entry names all the question
    /// names together with a fiscal year.
    /// </summary>
    private static bool GivesTheYearOf(string question, KnowledgeEntry entry)
    {
        var normalized = TextNormalizer.Normalize(question);
        if (!AsksWhichYear().IsMatch(normalized))
        {
            return false;
        }

        // 「現状値はいつ時点の数字？」 names the figure by what it is: a sentence giving a figure names it.
        var named = TextNormalizer.MeaningfulWords(AsksWhichYear().Replace(normalized, " ")).ToList();
        return named.Count > 0
            && AnswerLead.NormalizedSentences(entry).Any(s => FiscalYear.AllIn(s).Any()
                && named.All(w => TextNormalizer.Names(s, w) || TextNormalizer.Names(s, LightHead().Replace(w, "")) || (FigureWords.Contains(w) && Figure().IsMatch(s))));
    }

    // Which kinds of things (「どんな分野の手続き？」「種類は何？」), not which one of them.
    [GeneratedRegex(@"(どんな|どの|どういう|何の|なんの)(分野|種類|ジャンル|カテゴリ|領域)|(分野|種類)(は|って)(何|なに|どれ)")]
    private static partial Regex AsksWhichKinds();

    // A title stating how things stand (「…の現状」「いま…できるもの」「（計画策定時点の状況）」), not what is planned.
    [GeneratedRegex(@"現状|現在|時点の状況|^いま|^今")]
    private static partial Regex PresentTitle();

    // 「移行作業」「選定時期」 name the step the schedule writes as 「移行」「選定」: the head adds nothing a schedule would write.
    [GeneratedRegex(@"(?<=^\p{IsCJKUnifiedIdeographs}{2,})(作業|時期|予定|工程)$")]
    private static partial Regex LightHead();

    /// <summary>The item of the entry's list numbered ①②③… that the question asks for by its place (「3つ目」「二番目」), or null.</summary>
    private static string? NthItem(string question, KnowledgeEntry entry)
    {
        var ordinal = PointingAtAnItem().Match(TextNormalizer.Normalize(question));
        if (!ordinal.Success)
        {
            return null;
        }

        var n = "一二三四五六七八九".IndexOf(ordinal.Groups["n"].Value, StringComparison.Ordinal) is var kanji and >= 0
            ? kanji + 1
            : int.Parse(ordinal.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var marker = (char)('①' + n - 1);
        var at = entry.Body.IndexOf(marker, StringComparison.Ordinal);
        if (at >= 0)
        {
            return ListItem().Match(entry.Body, at).Value;
        }

        // A list numbered with plain digits before quoted names (「1「デジタル化による市民サービスの向上」、2「…」」).
        return NumberedQuote().Matches(entry.Body).FirstOrDefault(m => m.Groups["n"].Value == n.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Groups["item"].Value;
    }

    /// <summary>A follow-up as the resident typed it: the question read with its subject, less that subject.</summary>
    private static string AsTyped(string question, string subject) =>
        question.StartsWith(subject, StringComparison.Ordinal) ? question[subject.Length..].Trim() : question;

    /// <summary>Whether the question asks what there is besides a thing (「子育て以外には？」) the entry names in a list with others.</summary>
    private static bool NamesAmongOthers(string question, KnowledgeEntry entry)
    {
        if (NamedBesides(question) is not { } named)
        {
            return false;
        }

        var text = AnswerLead.Normalized(entry);
        return ListSeparators.Any(c => text.Contains($"{named}{c}", StringComparison.Ordinal) || text.Contains($"{c}{named}", StringComparison.Ordinal));
    }

    /// <summary>The thing a question asks what there is besides (「子育て」 of 「子育て以外には？」), or null when it asks no such thing.</summary>
    private static string? NamedBesides(string question) =>
        Besides().Match(TextNormalizer.Normalize(question)) is { Success: true } besides ? besides.Groups["named"].Value : null;

    /// <summary>The entry the previous answer came from, if it is still in the knowledge and for this city or all.</summary>
    private static KnowledgeEntry? AnsweredEntry(KnowledgeBase knowledge, TopicRequest request) =>
        request.AnsweredEntryId is { } id
            ? EntryLookup.For(knowledge).WithId(id).FirstOrDefault(e => e.CityId is null || e.CityId == request.CityId)
            : null;

    private async Task<DialogTurnResult> ContinueStepAsync(
        WaterfallStepContext stepContext, KnowledgeBase knowledge, string entryId, TopicRequest request, AnswerContext context, CancellationToken cancellationToken)
    {
        var entry = EntryLookup.For(knowledge).WithId(entryId).FirstOrDefault();
        if (entry is null)
        {
            // Reindexed since: the entry is gone, and there is nothing more to show of it.
            await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(Main.MainStrings.MenuChoices, AnswerStrings.NothingMore), cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var rest = request.ContinueRest is { Count: > 0 } kept ? AnswerComposer.Continue(entry, kept, context) : AnswerComposer.Continue(entry, request.ContinueFrom, context);
        return await SendAnswerStepAsync(stepContext, entry, rest, [], null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> NotFoundStepAsync(WaterfallStepContext stepContext, TopicRequest request, string reply, CancellationToken cancellationToken)
    {
        await _questions.RecordAsync(
            new QuestionRecord(_time.GetUtcNow(), request.CityId, stepContext.Context.Activity.ChannelId ?? "", QuestionKind.Unanswered, request.Question),
            cancellationToken).ConfigureAwait(false);
        stepContext.Context.ReportFallback();
        // Residents may hand the question to staff (「職員に聞く」) where the city's staff can answer on their channel.
        var isStaff = stepContext.Context.TurnState.TryGetValue(TurnStateKeys.Audience, out var audience) && audience is "staff";
        var offer = !isStaff && await _handoff.IsAvailableAsync(request.CityId, stepContext.Context.Activity.ChannelId ?? "", cancellationToken).ConfigureAwait(false);
        await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(HandoffStrings.AfterFallback(Main.MainStrings.MenuChoices, offer), reply), cancellationToken).ConfigureAwait(false);
        return await stepContext.EndDialogAsync(offer ? new UnansweredQuestion(request.Question) : null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> SendAnswerStepAsync(
        WaterfallStepContext stepContext, KnowledgeEntry best, ComposedAnswer answer, IReadOnlyList<KnowledgeEntry> related, string? readAs, CancellationToken cancellationToken)
    {
        var choices = (answer.ContinueFrom is null ? [] : new[] { AnswerStrings.More })
            .Concat(related.Count > 0 ? related.Select(e => e.Title) : Main.MainStrings.MenuChoices);
        await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(FeedbackStrings.After(choices), answer.Text), cancellationToken).ConfigureAwait(false);
        return await stepContext.EndDialogAsync(new AnsweredEntry(best.Title, best.Id, answer.ContinueFrom, readAs, answer.Rest), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The city's own entry when it matches about as well as a national one: residents ask about their city, and
    /// the national guides stay one tap away in the My Number dialog. A city entry telling what the nation does
    /// (「国の動き（デジタル社会の基本方針…）」) is national too, unless the question asks about the nation: 「計画の基本方針は？」
    /// is the city's.
    /// </summary>
    private static SearchHit PreferCity(string question, IReadOnlyList<SearchHit> confident)
    {
        var normalized = TextNormalizer.Normalize(question);
        var asksAboutTheNation = TextNormalizer.ContainsAny(normalized, NationWords);
        bool IsNational(KnowledgeEntry entry) => entry.CityId is null || (!asksAboutTheNation && NationWords.Any(w => entry.Title.StartsWith(w, StringComparison.Ordinal)));
        var top = confident[0];
        // Asked what the city does (「申し込みを増やすために市は何をするの？」), its entry may cover less of the question
        // than the national guide to the step named, and still be the one that answers.
        var margin = TextNormalizer.ContainsAny(normalized, RouterVocabulary.CityMeasureWords) ? CityMeasureMargin : CityPreferenceMargin;
        return IsNational(top.Entry)
            ? confident.FirstOrDefault(h => !IsNational(h.Entry) && h.Coverage >= top.Coverage - margin) ?? top
            : top;
    }

    [GeneratedRegex(@"^(それ|これ|あれ|その|この)(って|とは|は|の)?.{0,12}(意味|どういうこと|込め|由来)")]
    private static partial Regex MeaningOfWhatWasShown();

    // 「ワンスオンリーってなんのこと？」「オムニチャネルとは？」「オープンデータってどういう意味」: a term of three or more characters;
    // not 「暗証番号って何桁」「電子証明書って何年で切れる」, which ask a figure of it.
    [GeneratedRegex(@"(?<term>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーA-Za-z]{3,})(って|とは)\s*(なんのこと|何のこと|どういう(意味|こと)|(なに|何|なん)(?=$|[?？、。]|ですか|なの)|$|[?？])")]
    private static partial Regex TermDefinitionAsked();

    [GeneratedRegex(@"増え|増や|ふえ|ふや|広が|広げ|拡充|拡大")]
    private static partial Regex Growing();

    // A clause asking for something (what, when, where, who, how many, which, how, the number, tell me), not yes or no.
    [GeneratedRegex(@"何|なに|なん|いつ|どこ|誰|だれ|いくつ|いくら|どれ|どの|どう|数|教えて")]
    private static partial Regex AsksWhat();

    [GeneratedRegex(@"どう|どんな|どういう|どのよう|何|なに|いつ|誰|だれ|どこ|やり方|方法|仕組み")]
    private static partial Regex AsksHowOrWhat();

    [GeneratedRegex(@"現状|現在|これまで|実績")]
    private static partial Regex TitledAsPresent();

    [GeneratedRegex(@"それより(前|まえ|以前)|その前|そのまえ|それ以前|それまで")]
    private static partial Regex EarlierThanThat();

    // Whether something is done already (「もう全部の窓口でやってるの？」「すでに始まってる？」).
    [GeneratedRegex(@"もう[^。?]{0,12}(てる|ている|でる|でいる|てます|ています|でます|でいます|始ま)|すでに|既に")]
    private static partial Regex AlreadyDone();

    // Where things stood when the plan was written.
    [GeneratedRegex(@"計画(策定)?の?時点|現状|策定時")]
    private static partial Regex StandingThen();

    // 「育成のほうは？」「職員の方は？」: the other one of two.
    [GeneratedRegex(@"(のほう|の方)(は|って)[?]?$")]
    private static partial Regex Contrast();

    // 「3つ目」「三番目」: an item asked for by its place (n) in the list just given; with the words around it that point
    // at it (「その3つ目の柱」「3番目のは」: the list's noun after it).
    [GeneratedRegex(@"(その|この)?(?<n>[1-9１-９]|[一二三四五六七八九])(つ目|番目|個目|本目)(の[^\s、。?？のはでって]{1,4})?")]
    private static partial Regex PointingAtAnItem();

    // A circled number and its words, up to the next item or the sentence's end.
    [GeneratedRegex(@"[①-⑨][^①-⑨、,。]+")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(?<![0-9])(?<n>[1-9])「(?<item>[^」]+)」")]
    private static partial Regex NumberedQuote();

    // The thing named just before 「のほかに」「以外に」: 「20業務システム」 of 「標準化対象の20業務システムのほかに」, 「子育て」
    // (a noun ending in its kana) of 「子育て以外には」.
    [GeneratedRegex(@"(?<named>\p{IsCJKUnifiedIdeographs}+[てきみしり](?=の?(ほか|他|以外))|[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9]{2,})の?(ほかに|他に|以外に|以外で|以外の|以外は|ほかの|他の|ほかは|他は)")]
    private static partial Regex Besides();

    // What a figure is called when it is asked for by what it is, not by its subject.
    private static readonly HashSet<string> FigureWords = ["数字", "数値", "値", "現状値", "基準値", "実績値", "現状", "時点"];

    [GeneratedRegex(@"[0-9][0-9,.]*\s*(%|％|件|人|時間|項目|手続|枚)")]
    private static partial Regex Figure();

    // 「何年度？」「いつ？」, not 「何年度まで」 (a deadline, the slot's) nor 「いつから」.
    [GeneratedRegex(@"(何年度|いつ)(?!まで|から|ごろ|頃)(です|でした|なの|の予定)?(か)?[?？]?")]
    private static partial Regex AsksWhichYear();

    [GeneratedRegex(@"^\s*(その|それ|そこ|この|これ|あの|そちら|こちら)")]
    private static partial Regex PointsBackToTheFirst();

    [GeneratedRegex(@"取組|取り組|目標|計画|方針|推進")]
    private static partial Regex IntendedWork();

    // Whom or where to ask (「問い合わせ先は？」「電話番号を教えて」「担当はどこの部署？」「どこに相談すれば」).
    [GeneratedRegex(@"問い合わせ|問合せ|連絡先|電話番号|番号を|担当|部署|どこの課|どの課|(どこ|誰|だれ)に(聞|相談|連絡|問|質問)|相談先|窓口はどこ|質問したい")]
    private static partial Regex ContactAsked();

    // A title naming the plan's target figure: 「コンビニ交付率の目標（43.6%）」「…の目標（累計400人）」; not one naming
    // the work too (「オープンデータの取組と目標（推奨データセット14項目・EBPM・GIS）」).
    [GeneratedRegex(@"目標[（(][^）)・]{0,12}\d[\d.,]*(%|万人|人|件|手続|業務|項目|時間|割)[）)]")]
    private static partial Regex TargetFigureTitle();

    [GeneratedRegex(@"[「『](?<term>[^」』]{1,20})[」』]")]
    private static partial Regex Quoted();
}
