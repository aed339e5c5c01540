using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Topics.OnlineProcedures;
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

    // The English search's best has this much more of the question than the entry the plans' words found: it is the
    // answer (「By when does the city aim for every resident to have a card?」: the card's target, not its promotion, which
    // has 「aims」 too).
    private const double EnglishClearlyMore = 0.2;

    // The English search's best this many are looked at for the entry the Japanese words found.
    private const int Candidates = 10;

    // As the Japanese answers' margin: a city's passage this close to the national guide found first is the city's answer.
    private const double CityPreferenceMargin = 0.15;

    // Enough hits to reach the city's passage past the national guides written in the same words.
    private const int ImportedSearchDepth = 14;

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
        // One generation for the whole answer: a reindex meanwhile does not mix two.
        var snapshot = _knowledge.Current;
        var knowledge = snapshot.Base;
        var found = FindEntry(snapshot, request);
        var hits = _english.Search(knowledge, new SearchRequest(EnglishMatcher.WithoutSelfIntroduction(request.Question), request.CityId, MaxResults: Candidates));
        var best = hits.FirstOrDefault(h => h.Coverage >= EnglishMinCoverage);
        var entry = found?.Entry;
        // The entry the plans' words found, said in English; unless the English search weighed it too and found too
        // little of the question in it, or clearly less than in another with enough (「By when should every resident have a card?」 found the
        // card's promotion, where the entry on the card's target says by when). One the English search did not reach
        // says the same in other words (「aiming to become」 of the city's vision).
        // Nor does an entry titled by the topic asked (「AI・RPAの利用推進」 for 「use AI」) give way to one naming it among
        // others (the twelve action items), whose English words matched the question's small words (city, use).
        if (entry?.English is not null && best is not null && best.Entry.Id != entry.Id
            && hits.FirstOrDefault(h => h.Entry.Id == entry.Id) is { } foundHit
            && (foundHit.Coverage < EnglishMinCoverage || best.Coverage >= foundHit.Coverage + EnglishClearlyMore)
            && !(TitledByTheTopic(entry, found!.Searched) && !TitledByTheTopic(best.Entry, found.Searched)))
        {
            entry = best.Entry;
        }

        var reply = entry?.English is not null ? EnglishAnswerComposer.ComposeEntry(entry, request.Question, today, _options.MaxAnswerLength)
            : found is null ? EnglishAnswerComposer.Compose(request.Question, request.CityId, knowledge, today, _options.MaxAnswerLength)
            : null;
        // What the layer's topics do not answer, or a Japanese entry found with no English version, an entry written in
        // English may: in the resident's language, before the Japanese entry quoted or the city's contact.
        if (reply is not { Answered: true } && best is { } english)
        {
            reply = EnglishAnswerComposer.ComposeEntry(english.Entry, request.Question, today, _options.MaxAnswerLength);
        }
        else if (reply is null)
        {
            await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(EnglishStrings.NextChoices, InJapanese(snapshot, found!, request, today)), cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        reply = EnglishAnswerComposer.WithContactAsked(reply!, request.Question, request.CityId, knowledge, today);
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

    /// <summary>
    /// For a subject the English layer words no answer for (the council's streaming, a nursery absence, a target's
    /// rate) or a topic that names Japanese words to search with (cashless payment, the city's LINE account…): the
    /// city's entry on it, with the plans' words it was searched with, or null. The caller gives its English version, or
    /// quotes it (<see cref="InJapanese"/>).
    /// </summary>
    private FoundEntry? FindEntry(KnowledgeSnapshot snapshot, TopicRequest request)
    {
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

        var paymentStated = intent?.Topic == PaymentTopic && layer.Cities.GetValueOrDefault(request.CityId)?.Payment is not null;
        if (paymentStated)
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

        var glossary = GlossarySearch(normalized, intent, layer);
        // Help with smartphones asked of a city known only from its plan, naming nothing more particular (a website's
        // reading aloud would): the passage stating the city's help, as a Japanese question gets it (ImportedSupport) —
        // searched, the topic's words (スマートフォン 使い方) found the plan's background on smartphones spreading.
        if (ownSupport && search is not null && glossary is null && PlanFacts.OnlyImported(snapshot.Base, request.CityId)
            && ImportedSupport.Passage(snapshot.Searcher, search, request.CityId, snapshot.Base.Entries) is { } help)
        {
            return new FoundEntry(help, search);
        }

        // Of a payment question, only an entry on paying (the care premium's slips) stands before the layer's statement: 「at
        // the city hall counter」 names where, and 窓口 alone found the write-free counter.
        var glossaryHit = glossary is null ? null : snapshot.Searcher.Search(new SearchRequest(glossary, request.CityId, MaxResults: 1))
            .FirstOrDefault(h => h.Coverage >= GlossaryMinCoverage
                && (!paymentStated || (intent?.Search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => h.Entry.Body.Contains(w, StringComparison.Ordinal))));
        if (glossaryHit is null && glossary is not null && PlanFacts.OnlyImported(snapshot.Base, request.CityId)
            && EnglishMatcher.FindProcedures(normalized, layer).Count == 0
            && EnglishMatcher.FindWords(normalized, layer.Glossary.Keys) is { Count: > 0 } subjectWords)
        {
            // A city known only from its plan: its passage naming most of what the question names, each English word by any of
            // its Japanese words (「filling in」 by 書かない or 記入, 「counter」 by 窓口), answers, though the words naming where
            // or what it is asked of (市役所, 書類) are not in its text: a plan says 「書かないワンストップ窓口」 without either.
            // A procedure named (「the disaster victim certificate」) is the procedures' answer (EnglishAnswerComposer).
            var subject = string.Join(' ', subjectWords.Select(w => layer.Glossary[w]).Distinct(StringComparer.Ordinal));
            glossaryHit = snapshot.Searcher.Search(new SearchRequest(subject, request.CityId, MaxResults: ImportedSearchDepth))
                .FirstOrDefault(h => h.Entry.CityId == request.CityId && ImportedPassage.IsImported(h.Entry)
                    && subjectWords.Count(w => snapshot.Searcher.Coverage(layer.Glossary[w], h.Entry, request.CityId) > 0) >= GlossaryMinCoverage * subjectWords.Count);
        }
        var hit = glossaryHit ?? (search is not null
            ? snapshot.Searcher.Search(new SearchRequest(search, request.CityId, MaxResults: 4))
                .FirstOrDefault(h => h.Coverage >= _options.MinCoverage && (!ownSupport || h.Entry.CityId == request.CityId))
            : null);
        if (hit is null)
        {
            return null;
        }

        var searched = glossaryHit is null ? search : string.Join(' ', new[] { glossary, search }.OfType<string>().SelectMany(w => w.Split(' ')).Distinct(StringComparer.Ordinal));
        // A city known only from its plan: its own passage covering the words about as well as the national guide found
        // first says what the city does (五所川原市's 「土日開庁によるマイナンバーカードの交付」 asked 「on a weekend」), where the
        // short guide, written in residents' words, ranks first and says what every city may do.
        var entry = hit.Entry;
        if (entry.CityId is null && PlanFacts.OnlyImported(snapshot.Base, request.CityId) && intent?.Topic is not ("contact" or "support" or "plan")
            && EnglishMatcher.FindProcedures(normalized, layer) is { Count: > 0 } groups
            && ImportedProcedureStatement.For(snapshot.Base.Entries, request.CityId, [.. snapshot.Base.Procedures.Where(p => groups.Any(g => g.ProcedureIds.Contains(p.Id)))]) is not null)
        {
            // A procedure named (「nursing care procedures」) of a city whose plan says what of its field goes online: that
            // statement answers (EnglishAnswerComposer), not the national guide the glossary's words (介護) found.
            return null;
        }

        if (entry.CityId is null && searched is not null && PlanFacts.OnlyImported(snapshot.Base, request.CityId)
            && ImportedCityPart.Find(snapshot.Searcher, searched, request.CityId, Math.Max(_options.MinCoverage, hit.Coverage - CityPreferenceMargin), []) is var (passage, _, _))
        {
            entry = passage;
        }

        return new FoundEntry(entry, searched);
    }

    private static bool TitledByTheTopic(KnowledgeEntry entry, string? searched) =>
        searched is not null && searched.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Any(w => w.Length >= 2 && entry.Title.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The entry found, in Japanese, introduced in English: the plan says it only in Japanese.</summary>
    private string InJapanese(KnowledgeSnapshot snapshot, FoundEntry found, TopicRequest request, DateOnly today)
    {
        var layer = snapshot.Base.English;
        var (entry, searched) = found;
        var city = snapshot.Base.Cities[request.CityId];
        var intro = EnglishStrings.JapaneseEntryIntro(layer.Cities.GetValueOrDefault(request.CityId)?.Name ?? city.Name) + "\n";
        var context = new AnswerContext(_options.MaxAnswerLength - intro.Length, today, ContactText.Office(city, "dx"));
        // An imported passage is a plan's raw text: the sentences on what was searched go first, as in Japanese answers.
        // Found by the glossary's words (「rent」 → 市営住宅 家賃), it is read for those words too, with the topic's: its
        // opening is seldom what the resident asked (五所川原市's passage on private services opens with its aim, while
        // its row 現状と課題 names the rent paid at a convenience store).
        // The sentences are chosen for what is asked of the subject as well (where, by when, how many): its words in Japanese.
        var lead = searched is not null && ImportedPassage.IsImported(entry)
            ? ExtractiveLead.For(snapshot.Searcher, $"{searched} {EnglishAspect.Words(TextNormalizer.Normalize(request.Question))}".Trim(), entry)
            : [];
        return intro + AnswerComposer.Compose(entry, lead, context).Text;
    }

    /// <summary>
    /// The plans' Japanese words for what the question names beyond its topic's words (「council meetings online」 is no
    /// question about online procedures), to find the entry on it; null when the question names nothing more.
    /// </summary>
    private static string? GlossarySearch(string normalized, EnglishIntent? intent, EnglishLayer layer)
    {
        var named = EnglishMatcher.FindWords(normalized, layer.Glossary.Keys);
        var context = EnglishMatcher.FindWords(normalized, layer.GlossaryContext.Keys);
        var beyondTopic = named.Any(word => intent is null || !intent.Words.Any(w => w.TrimEnd('*').Contains(word.TrimEnd('*'), StringComparison.Ordinal)));
        if (!beyondTopic && (intent is not null || context.Count == 0))
        {
            return null;
        }

        return string.Join(' ', named.Select(w => layer.Glossary[w]).Concat(context.Select(w => layer.GlossaryContext[w])).Distinct(StringComparer.Ordinal));
    }

    /// <summary>An entry found by the plans' words, and those words (null when a topic's search found it).</summary>
    private sealed record FoundEntry(KnowledgeEntry Entry, string? Searched);
}
