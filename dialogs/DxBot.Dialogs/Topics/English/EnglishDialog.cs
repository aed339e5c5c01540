using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.English;

/// <summary>
/// Answers questions written in English from the English layer (knowledge/en/) and the city's structured data, with
/// the same citations as the Japanese answers. When nothing matches it gives the city's contact, never a guess.
/// </summary>
public sealed class EnglishDialog : ComponentDialog
{
    // The search words are the plans' own words for what was asked: an entry must have most of them to be about it.
    private const double GlossaryMinCoverage = 0.6;

    // An entry's English version answers when it has this share of the question's words, weighed by their rarity.
    // A resident's introduction (「Hello, I run a small business…」) leaves the words asked about a third of the message:
    // 0.35 answers those, and on the 256 English cases of tests/eval answered as many as 0.45 or 0.5 did.
    private const double EnglishMinCoverage = 0.35;

    // The English search's best this many are looked at for the entry the Japanese words found.
    private const int Candidates = 10;

    private const string SupportTopic = "support";

    private const string PaymentTopic = "payment";

    private readonly IKnowledgeProvider _knowledge;
    private readonly IEnglishSearcher _english;
    private readonly IQuestionLog _questions;
    private readonly DialogOptions _options;
    private readonly TimeProvider _time;

    public EnglishDialog(IKnowledgeProvider knowledge, IEnglishSearcher english, IQuestionLog questions, DialogOptions options, TimeProvider time)
        : base(nameof(EnglishDialog))
    {
        _knowledge = knowledge;
        _english = english;
        _questions = questions;
        _options = options;
        _time = time;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AnswerStepAsync]));
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<TopicRequest>()!;
        var today = _time.Today();
        var knowledge = _knowledge.Current.Base;
        var japanese = JapaneseEntry(request, today, out var found);
        var hits = _english.Search(knowledge, new SearchRequest(request.Question, request.CityId, MaxResults: Candidates));
        var best = hits.FirstOrDefault(h => h.Coverage >= EnglishMinCoverage);
        // The entry the plans' words found, said in English; unless the English search weighed it too and found too
        // little of the question in it, and another with enough (「By when should every resident have a card?」 found the
        // card's promotion, where the entry on the card's target says by when). One the English search did not reach
        // says the same in other words (「aiming to become」 of the city's vision).
        if (found?.English is not null && best is not null && best.Entry.Id != found.Id
            && hits.FirstOrDefault(h => h.Entry.Id == found.Id) is { } foundHit && foundHit.Coverage < EnglishMinCoverage)
        {
            found = best.Entry;
        }

        var reply = found?.English is not null ? EnglishAnswerComposer.ComposeEntry(found, request.CityId, knowledge, today, _options.MaxAnswerLength)
            : japanese is null ? EnglishAnswerComposer.Compose(request.Question, request.CityId, knowledge, today, _options.MaxAnswerLength)
            : null;
        // What the layer's topics do not answer, an entry written in English may: in the resident's language, before a
        // Japanese entry quoted or the city's contact.
        if (((japanese is not null && reply is null) || reply is { Answered: false })
            && best is { } english)
        {
            reply = EnglishAnswerComposer.ComposeEntry(english.Entry, request.CityId, knowledge, today, _options.MaxAnswerLength);
        }
        else if (japanese is not null && reply is null)
        {
            await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(EnglishStrings.NextChoices, japanese), cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (!reply!.Answered)
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

    /// <summary>
    /// For a subject the English layer words no answer for (the council's streaming, a nursery absence, a target's
    /// rate) or a topic that names Japanese words to search with (cashless payment, the city's LINE account…): the
    /// city's Japanese entry, introduced in English, or null.
    /// </summary>
    /// <param name="found">The entry found; the caller answers with its English version when it has one.</param>
    private string? JapaneseEntry(TopicRequest request, DateOnly today, out KnowledgeEntry? found)
    {
        found = null;
        var snapshot = _knowledge.Current;
        var layer = snapshot.Base.English;
        var normalized = TextNormalizer.Normalize(request.Question);
        var intent = layer.Intents.FirstOrDefault(i => i.Topic == EnglishMatcher.FindTopic(normalized, layer));
        var search = intent?.Search;
        var ownSupport = intent?.Topic == SupportTopic;
        if (ownSupport && !CityOwnTopics.AnswersFromKnowledge(snapshot.Base, request.CityId, new Route(RouteKind.SupportSessions)))
        {
            // The support programmes of the city's support.yaml answer this (EnglishAnswerComposer).
            search = null;
        }

        if (intent?.Topic == PaymentTopic && layer.Cities.GetValueOrDefault(request.CityId)?.Payment is not null)
        {
            // The English layer says how the city is paid (EnglishAnswerComposer), then and now, where one Japanese entry
            // says one of the two.
            search = null;
        }

        // The topic's words with what the question names within it (「pay my city tax by credit card」: 市税 besides
        // キャッシュレス), so the entry on that thing comes before the topic's general one.
        if (search is not null && EnglishMatcher.FindWords(normalized, layer.Glossary.Keys) is { Count: > 0 } named)
        {
            search = string.Join(' ', [search, .. named.Select(w => layer.Glossary[w]).Distinct(StringComparer.Ordinal)]);
        }

        var glossaryHit = GlossaryHit(snapshot.Searcher, normalized, intent, layer, request.CityId);
        var hit = glossaryHit ?? (search is not null
            ? snapshot.Searcher.Search(new SearchRequest(search, request.CityId, MaxResults: 4))
                .FirstOrDefault(h => h.Coverage >= _options.MinCoverage && (!ownSupport || h.Entry.CityId == request.CityId))
            : null);
        if (hit is null)
        {
            return null;
        }

        found = hit.Entry;
        var city = snapshot.Base.Cities[request.CityId];
        var intro = EnglishStrings.JapaneseEntryIntro(layer.Cities.GetValueOrDefault(request.CityId)?.Name ?? city.Name) + "\n";
        var context = new AnswerContext(_options.MaxAnswerLength - intro.Length, today, ContactText.Office(city, "dx"));
        // An imported passage is a plan's raw text: the sentences on what was searched go first, as in Japanese answers.
        var lead = glossaryHit is null && search is not null && ImportedPassage.IsImported(hit.Entry) ? ExtractiveLead.For(snapshot.Searcher, search, hit.Entry) : [];
        return intro + AnswerComposer.Compose(hit.Entry, lead, context).Text;
    }

    /// <summary>
    /// The entry on what the question names beyond its topic's words (「council meetings online」 is no question about
    /// online procedures), searched with the plans' Japanese words for it; null when the question names nothing more
    /// or no entry covers those words well.
    /// </summary>
    private static SearchHit? GlossaryHit(IKnowledgeSearcher searcher, string normalized, EnglishIntent? intent, EnglishLayer layer, string cityId)
    {
        var named = EnglishMatcher.FindWords(normalized, layer.Glossary.Keys);
        var context = EnglishMatcher.FindWords(normalized, layer.GlossaryContext.Keys);
        var beyondTopic = named.Any(word => intent is null || !intent.Words.Any(w => w.TrimEnd('*').Contains(word.TrimEnd('*'), StringComparison.Ordinal)));
        if (!beyondTopic && (intent is not null || context.Count == 0))
        {
            return null;
        }

        var search = string.Join(' ', named.Select(w => layer.Glossary[w]).Concat(context.Select(w => layer.GlossaryContext[w])).Distinct(StringComparer.Ordinal));
        return searcher.Search(new SearchRequest(search, cityId, MaxResults: 1))
            .FirstOrDefault(h => h.Coverage >= GlossaryMinCoverage);
    }
}
