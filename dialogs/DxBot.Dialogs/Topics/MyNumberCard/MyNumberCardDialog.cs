using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Topics.Feedback;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.MyNumberCard;

/// <summary>
/// The My Number card, step by step: which topic (申請・受取・暗証番号・更新・紛失・使いみち), then the national
/// guide for it and the city's own help on the same topic (出張申請, 休日窓口… where its plan says so).
/// </summary>
public sealed class MyNumberCardDialog : ComponentDialog
{
    // How much better an entry filed under another topic must match the question to lead the city's part.
    private const double BetterMatch = 0.15;

    private const double TiedScore = 0.03;

    // How a plan names the card: its passage on the card names it one of these ways.
    private static readonly string[] CardWords = ["マイナンバーカード", "マイナカード", "個人番号カード"];

    // The days a counter is usually closed, asked for collecting or applying (「土曜日に受け取りをやっていますか」).
    private static readonly string[] DaysOff = ["土日", "土曜", "日曜", "休日", "祝日", "週末"];

    private static readonly string[] Night = ["夜", "夕方", "時間外"];

    private readonly IKnowledgeProvider _knowledge;
    private readonly DialogOptions _options;
    private readonly TimeProvider _time;

    public MyNumberCardDialog(IKnowledgeProvider knowledge, DialogOptions options, TimeProvider time)
        : base(nameof(MyNumberCardDialog))
    {
        _knowledge = knowledge;
        _options = options;
        _time = time;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [TopicStepAsync, AnswerStepAsync]));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
    }

    private async Task<DialogTurnResult> TopicStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<TopicRequest>()!;
        if (request.SubTopic is { } topic)
        {
            return await stepContext.NextAsync(topic, cancellationToken).ConfigureAwait(false);
        }

        return await stepContext.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = MessageFactory.Text(MyNumberCardStrings.AskTopic),
            Choices = MyNumberCardStrings.Topics.Select(t => new Choice(t.Label) { Synonyms = t.Synonyms }).ToList(),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<TopicRequest>()!;
        var topic = stepContext.Result switch
        {
            string given => given,
            FoundChoice choice => MyNumberCardStrings.Topics[choice.Index].Topic,
            _ => null,
        };
        if (topic is null)
        {
            // Not one of the topics: the resident asked something else.
            return await stepContext.EndDialogAsync(new Reroute(stepContext.Context.Activity.Text ?? ""), cancellationToken).ConfigureAwait(false);
        }

        var question = stepContext.Result is FoundChoice ? $"マイナンバーカード {topic}" : request.Question;
        var (replies, answered) = Compose(question, request.CityId, topic);
        foreach (var reply in replies)
        {
            await stepContext.Context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        }

        return await stepContext.EndDialogAsync(answered is null ? null : new AnsweredEntry(answered.Title), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The replies, and the entry they lead with (what a 👍/👎 is about), if any.</summary>
    private (List<Activity> Replies, KnowledgeEntry? Answered) Compose(string question, string cityId, string topic)
    {
        var snapshot = _knowledge.Current;
        var city = snapshot.Base.Cities[cityId];
        var label = MyNumberCardStrings.Topics.First(t => t.Topic == topic).Label;
        var others = MyNumberCardStrings.Topics.Where(t => t.Topic != topic).Select(t => t.Label).Take(5).ToList();

        // Rank the topic's entries by how well they match the question, keeping file order as the tie-break; a long
        // message's asking sentences count twice (「市の人が集まりに来て申請を受け付けてくれる？」 over the story's 顔写真),
        // its story once (「窓口混んでるって聞いた。市は交付を増やす工夫してる？」 is about the crowded counter too).
        question = LongMessage.Questions(question) is { } asked ? $"{asked} {question}" : question;
        var hits = snapshot.Searcher.Search(new SearchRequest(question, cityId, MaxResults: 20, Topic: KnowledgeTopics.MyNumber));
        var rank = hits.Select((h, i) => (h.Entry.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var ofTopic = EntryLookup.For(snapshot.Base).OfTopic(KnowledgeTopics.MyNumber, topic)
            .OrderBy(e => rank.GetValueOrDefault(e.Id, int.MaxValue))
            .ToList();
        // Two national sections: a topic's answer is often split (有効期限 and where to renew).
        var national = ofTopic.Where(e => e.CityId is null).Take(2).ToList();
        var local = ofTopic.Where(e => e.CityId == cityId).Take(2).ToList();
        // The city's entry matching the question best leads its part even when filed under another topic: 「作ると何か
        // いいことある？もらえるものとか」 reads as the card's uses but is answered by the city's 地域振興券. It must
        // match more of the question than the card: for 「マイナンバーカードなくしたら？」 the city's card promotion,
        // found by the card's name alone, led before the hotline.
        var topicBest = local.Count == 0 ? 0 : hits.FirstOrDefault(h => h.Entry.Id == local[0].Id)?.Score ?? 0;
        // Best among the city's hits, level with the first overall (a national entry ahead by 0.01 is a tie, not a
        // better answer: 「マイナカードの交付、もっと早く受け取れるようにならないの？」 is the city's 交付円滑化計画).
        if (hits.FirstOrDefault(h => h.Entry.CityId == cityId) is { } best && best.Score >= hits[0].Score - TiedScore && !local.Contains(best.Entry)
            && best.Score >= topicBest + BetterMatch
            && snapshot.Searcher.Coverage(TextNormalizer.Without(TextNormalizer.Normalize(question), CardWords), best.Entry, cityId) > 0)
        {
            local = [best.Entry, .. local.Take(1)];
        }

        // A city known only from its documents: its plan's passage on the card is its part, first when it matches the
        // question better than the national guide (「会社に申請受付に来てもらえる？」 is the plan's 出張申請).
        var importedFirst = false;
        KnowledgeEntry? termed = null;
        if (local.Count == 0 && PlanFacts.OnlyImported(snapshot.Base, cityId)
            && PlanTerms.Passage(snapshot.Searcher, question, cityId, snapshot.Base.Entries) is { } named)
        {
            // What the resident describes and the plan names in its own terms (「従業員みんなの分、会社まで来てもらえる？」
            // is its 出張申請): that passage, led by its sentence naming the term, before the national guide on applying.
            local = [named];
            termed = named;
            importedFirst = true;
        }
        else if (local.Count == 0 && !ImportedCityPart.HasWrittenEntries(snapshot.Base, cityId, KnowledgeTopics.MyNumber)
            && ImportedCityPart.Find(snapshot.Searcher, question, cityId, _options.MinCoverage, CardWords) is var (passage, passageRank, all))
        {
            // What the city aims for is its own passage's, not the plan's report of the national plan.
            local = [ImportedCityOwn.Rather(snapshot.Searcher, question, passage)];
            var nationalRank = national.Count == 0 ? -1 : all.Select(h => h.Entry.Id).ToList().IndexOf(national[0].Id);
            importedFirst = nationalRank < 0 || passageRank < nationalRank;
        }

        if (national.Count == 0 && local.Count == 0)
        {
            return ([MessageFactory.SuggestedActions(others, MyNumberCardStrings.NoGuide(label))], null);
        }

        var replies = new List<Activity>();
        var choices = FeedbackStrings.After(others).ToList();
        var today = _time.Today();
        var context = new AnswerContext(_options.MaxAnswerLength, today, ContactText.Office(city, "mynumber"));
        // The day or hour asked (「土曜日に受け取りをやっていますか」「平日の夜も？」) where no guide nor the city's plan
        // gives them: the steps of collecting a card answer another question; what is not stated is said so, with whom
        // to ask.
        // Only a day the resident asks for, not one their story tells (「平日は市役所に行けない」).
        var asking = LongMessage.AskingPart(TextNormalizer.Normalize(question));
        var askedSlots = new[] { (Slot: "days", Words: DaysOff), (Slot: "hours", Words: Night) }
            .Where(a => TextNormalizer.ContainsAny(asking, a.Words)).Select(a => FollowUpSlots.Named(a.Slot)!).ToList();
        if (askedSlots.Count > 0 && !national.Concat(local).Any(e => askedSlots.Any(s => s.IsStatedIn(AnswerLead.Normalized(e)))))
        {
            var notStated = AnswerStrings.NotStated(MyNumberCardStrings.Subject(label), askedSlots[0].Label, context.Office);
            return ([MessageFactory.SuggestedActions(others, $"{AnswerStrings.NotFoundOpening}\n{notStated}")], null);
        }

        var nationalBubbles = Bubbles("", national, context, snapshot.Searcher, question);
        var localBubbles = Bubbles($"■{MyNumberCardStrings.CityHeading(city.Name)}\n", local, context, snapshot.Searcher, question, termed);
        // The city's own entry first when it matches the question better than any national guide (「申請したら何か
        // もらえる？」 is about the city's 地域振興券, not how to apply): the first message answers.
        var localFirst = importedFirst || local.Count > 0 && (national.Count == 0 || rank.GetValueOrDefault(local[0].Id, int.MaxValue) < rank.GetValueOrDefault(national[0].Id, int.MaxValue));
        var bubbles = (localFirst ? localBubbles.Concat(nationalBubbles) : nationalBubbles.Concat(localBubbles)).ToList();
        // Each guide also as a numbered card (one step a sentence); the text stays what it was.
        replies.AddRange(bubbles.Select((text, i) => AnswerCards.Attach(
            i == bubbles.Count - 1 ? MessageFactory.SuggestedActions(choices, text) : MessageFactory.Text(text),
            AnswerCards.FromText(text, numbered: true))));

        return (replies, localFirst ? local[0] : national.Concat(local).First());
    }

    /// <summary>
    /// The entries packed into messages within the length limit, in order: a guide that does not fit beside the one
    /// before it gets a message of its own rather than being cut, since half of a guide reads as the whole of it.
    /// </summary>
    private static IEnumerable<string> Bubbles(string heading, IReadOnlyList<KnowledgeEntry> entries, AnswerContext context, IKnowledgeSearcher searcher, string question, KnowledgeEntry? termed = null)
    {
        var room = context with { MaxLength = context.MaxLength - heading.Length };
        // An imported passage is a plan's raw text: the sentences answering the question come first; in a passage chosen
        // for the plan's term, its sentence naming the term.
        var guides = entries.Select(entry => (ReferenceEquals(entry, termed) ? AnswerComposer.Compose(entry, PlanTerms.Lead(searcher, question, entry), room)
            : ImportedPassage.IsImported(entry) ? ImportedCityPart.Compose(searcher, question, entry, room) : AnswerComposer.Compose(entry, [], room)).Text);
        return MessagePacker.Pack(guides, room.MaxLength, "\n\n").Select(message => heading + message);
    }
}
