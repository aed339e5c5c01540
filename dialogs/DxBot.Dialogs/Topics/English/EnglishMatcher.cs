using System.Text.RegularExpressions;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Topics.English;

/// <summary>Matches an English question to the English layer's topics, procedures and cities, by whole words.</summary>
public static partial class EnglishMatcher
{
    // The topic of languages other than Japanese (knowledge/en/intents.yaml).
    private const string ForeignTopic = "foreign";

    /// <summary>
    /// The topic whose words the question contains most (a word inside a longer matched one not counted twice); ties go
    /// to the earlier topic, and a topic needing words of its subject (the card's fee) only when one is there. Who the resident says they are (「I'm a foreign resident」) is not what they ask about:
    /// the foreign-language topic tied with the card's uses and won.
    /// </summary>
    public static string? FindTopic(string normalizedText, EnglishLayer layer)
    {
        var lower = normalizedText.ToLowerInvariant();
        // 「Does the city plan to open up its data?」 asks about the data: a plan as a verb names no topic of its own.
        var text = Words(PlanAsVerb().Replace(ForeignerIntroduced().Replace(WithoutRole(lower), " "), " "));
        // 「What does 'open data' mean in the city's DX plan?」 names the plan as where its subject is written: the subject is
        // the topic. A question about the plan itself (「What is in the DX plan?」) keeps it.
        if (PlanAsSource().Replace(text, " ") is var withoutSource && withoutSource != text && Best(withoutSource, layer) is { } subject)
        {
            return subject;
        }

        // 「My Japanese is not good. Is the city doing anything to help people like me get city information?」: who asks says
        // which help answers when they ask for help and name no topic of their own; one naming its topic (child allowance
        // online) is about that, and one asking how to get the city's news on a phone is about the news.
        return Best(text, layer) ?? (LittleJapanese().IsMatch(lower) && AsksForHelp().IsMatch(lower) && layer.Intents.Any(i => i.Topic == ForeignTopic) ? ForeignTopic : null);
    }

    private static string? Best(string text, EnglishLayer layer)
    {
        string? best = null;
        var bestScore = 0;
        foreach (var intent in layer.Intents)
        {
            var score = intent.Requires.Count == 0 || intent.Requires.Any(w => Contains(text, w)) ? Matched(text, intent.Words).Count : 0;
            if (score > bestScore)
            {
                best = intent.Topic;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>The keys of <paramref name="words"/> the question contains, a key inside a longer matched one left out.</summary>
    public static IReadOnlyList<string> FindWords(string normalizedText, IEnumerable<string> words) => Matched(Words(WithoutRole(normalizedText.ToLowerInvariant())), words);

    /// <summary>
    /// The question without the resident's work or role told first (「I'm an English teacher living in Goshogawara.」):
    /// who they are is not what they ask about (teacher named the schools' staff entry).
    /// </summary>
    private static string WithoutRole(string lowerText) => RoleIntroduced().Replace(lowerText, " ");

    /// <summary>The question without the sentence introducing the resident (「I run a small café in …」), whose words are no subject asked.</summary>
    public static string WithoutSelfIntroduction(string text) => WithoutRole(text.ToLowerInvariant()).Trim();

    // The words found in the prepared text, less those found only as part of a longer one found (care in 「health care」).
    private static List<string> Matched(string text, IEnumerable<string> words)
    {
        var found = words.Where(w => Contains(text, w)).ToList();
        return found.Where(w => !found.Any(o => o.TrimEnd('*').Length > w.TrimEnd('*').Length && o.TrimEnd('*').Contains(w.TrimEnd('*'), StringComparison.Ordinal))).ToList();
    }

    /// <summary>The procedure groups the question names.</summary>
    public static IReadOnlyList<EnglishProcedureGroup> FindProcedures(string normalizedText, EnglishLayer layer)
    {
        var text = Words(normalizedText);
        return layer.Procedures.Where(p => p.Words.Any(w => Contains(text, w))).ToList();
    }

    /// <summary>A city named in English (「Handa」, 「Handa City」).</summary>
    public static string? FindCity(string normalizedText, EnglishLayer layer)
    {
        var text = Words(normalizedText);
        return layer.Cities.Values.FirstOrDefault(c => Contains(text, c.Name.Split(' ')[0].ToLowerInvariant()))?.Id;
    }

    /// <summary>Lower-case words separated by single spaces, with a space at each end so whole words can be found.</summary>
    private static string Words(string normalizedText) => " " + NotWord().Replace(normalizedText.ToLowerInvariant(), " ").Trim() + " ";

    private static bool Contains(string words, string word)
    {
        var prefix = word.EndsWith('*');
        var stem = Words(prefix ? word[..^1] : word).TrimEnd();
        return prefix ? words.Contains(stem, StringComparison.Ordinal) : words.Contains(stem + " ", StringComparison.Ordinal);
    }

    // An apostrophe inside a word (city's, don't) is part of it; one quoting words (「'open data'」) is not.
    [GeneratedRegex(@"([^a-z0-9'\-]|(?<![a-z0-9])'|'(?![a-z0-9]))+")]
    private static partial Regex NotWord();

    [GeneratedRegex(@"\b(my japanese|japanese (is|isn't|is not) (so |very |that )?(good|great|fluent)|(not good|bad|weak) (at|in) japanese|(read|speak|understand) (only )?(a )?little japanese|(can't|cannot|don't|do not) (read|speak|understand) japanese)\b")]
    private static partial Regex LittleJapanese();

    [GeneratedRegex(@"\b(help|helps|support|assist|assistance|people like me)\b")]
    private static partial Regex AsksForHelp();

    [GeneratedRegex(@"\b(plan|plans|planning|planned)\s+(to|on)\b")]
    private static partial Regex PlanAsVerb();

    // 「in the city's DX plan」「according to Omaezaki's plan」「under the digital transformation plan」, on the text as
    // words (the apostrophe is a space there: 「city s」).
    [GeneratedRegex(@"\b(in|of|under|from|according to)\s+(the|its|their|this|your)?\s*([a-z]+('|\s+)s\s+|[a-z]+\s+city(('|\s+)s)?\s+)?(dx|digital transformation|digital)?\s*(promotion\s+)?plan\b")]
    private static partial Regex PlanAsSource();

    // A sentence telling what the resident does: 「Hi! I'm an English teacher living in …」「I work as a nurse in …」,
    // 「Hi, I run a small café in Namegata.」 (its 「small」 found the plan's 「start small」).
    [GeneratedRegex(@"(?<=^|[.!?]\s*)(hi|hello|hey)?[!,.\s]*((i'm|i’m|im|i am|i work as)\s+(an?\s+)?[a-z\s\-]{0,30}?\b(teachers?|students?|workers?|engineers?|nurses?|farmers?|trainees?|employees?|researchers?|volunteers?|office workers?|caregivers?|cooks?|chefs?|drivers?)|(i run|i own|i manage|i have|we run|we own)\s+(an?\s+|my\s+|our\s+)?[a-zé\s\-]{0,30}?\b(caf[eé]s?|shops?|stores?|business(es)?|restaurants?|compan(y|ies)|farms?|hotels?|inns?|bakery|bakeries|salons?))\b[^.?!]*[.!]")]
    private static partial Regex RoleIntroduced();

    // 「I'm a foreign resident」「as a foreigner」「I am an elderly foreign national」: the foreigner in a self-introduction.
    [GeneratedRegex(@"(?<=\b(i'm|i’m|im|i am|as|being)\s+(an?\s+)?([a-z]+\s+){0,2})foreign(ers?|\s+(residents?|nationals?|citizens?))\b")]
    private static partial Regex ForeignerIntroduced();
}
