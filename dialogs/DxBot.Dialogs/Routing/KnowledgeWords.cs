using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Routing;

/// <summary>
/// The city and procedure names of one knowledge generation, normalized once: the router looks for them in every
/// message, and normalizing every alias of every procedure for each one was a tenth of a turn's CPU under load.
/// </summary>
internal sealed partial class KnowledgeWords
{
    // Keyed by the instance: a reindex brings a new KnowledgeBase, and the old one's words go with it.
    private static readonly ConditionalWeakTable<KnowledgeBase, KnowledgeWords> Cache = new();

    private readonly Dictionary<Procedure, IReadOnlyList<string>> _procedures;

    private KnowledgeWords(KnowledgeBase knowledge)
    {
        Cities = knowledge.Cities.Values
            .Select(city => (city.Id, Words: city.Aliases.Prepend(city.Name).Select(TextNormalizer.Normalize).Where(w => w.Length >= 2).ToArray(), NormalizedId: TextNormalizer.Normalize(city.Id)))
            .ToArray();
        AllCityWords = [.. Cities.SelectMany(c => c.Words).Distinct()];
        // Every keyword normalized once for both lists (each was a pass over every entry's keywords).
        var keywords = knowledge.Entries.SelectMany(e => e.Keywords).Select(TextNormalizer.Normalize).ToList();
        ShortKeywords = [.. keywords.Where(k => k.Length == 2)];
        PoliteNounKeywords = [.. keywords.Where(k => PoliteNoun().IsMatch(k)).Distinct()];
        _procedures = new Dictionary<Procedure, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        foreach (var procedure in knowledge.Procedures)
        {
            _procedures.TryAdd(procedure, NamesOf(procedure));
        }
    }

    /// <summary>Each city's id, its name and aliases (two characters or more), in the knowledge's order.</summary>
    public (string Id, string[] Words, string NormalizedId)[] Cities { get; }

    public string[] AllCityWords { get; }

    /// <summary>The entries' keywords of two characters (電話, 台風): words the knowledge answers about, short as they are.</summary>
    public HashSet<string> ShortKeywords { get; }

    /// <summary>
    /// The entries' keywords written お/ご, a kanji and its kana (お便り, お知らせ): a single kanji between kana, which a
    /// search on runs of kanji overlooks, yet a thing the knowledge answers about.
    /// </summary>
    public string[] PoliteNounKeywords { get; }

    public static KnowledgeWords Of(KnowledgeBase knowledge) => Cache.GetValue(knowledge, static k => new KnowledgeWords(k));

    /// <summary>A procedure's name and aliases (two characters or more, distinct).</summary>
    public IReadOnlyList<string> WordsOf(Procedure procedure) =>
        _procedures.TryGetValue(procedure, out var words) ? words : NamesOf(procedure);

    private static string[] NamesOf(Procedure procedure) =>
        [.. procedure.Aliases.Prepend(procedure.Name).Select(TextNormalizer.Normalize).Where(w => w.Length > 1).Distinct()];

    [GeneratedRegex(@"^[おご]\p{IsCJKUnifiedIdeographs}+\p{IsHiragana}+$")]
    private static partial Regex PoliteNoun();
}
