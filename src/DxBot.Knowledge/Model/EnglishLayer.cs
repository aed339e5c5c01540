namespace DxBot.Knowledge.Model;

/// <summary>
/// The English layer (knowledge/en/): national content and per-city wording written in English in our own words,
/// for foreign residents. The facts stay those of the Japanese knowledge; this layer only words them.
/// </summary>
public sealed record EnglishLayer
{
    public static EnglishLayer Empty { get; } = new();

    /// <summary>National answers by topic (apply, receive, pin, renew, lost…).</summary>
    public IReadOnlyDictionary<string, EnglishText> Answers { get; init; } = new Dictionary<string, EnglishText>();

    /// <summary>The topics English questions are matched to, in order of precedence on a tie.</summary>
    public IReadOnlyList<EnglishIntent> Intents { get; init; } = [];

    /// <summary>
    /// English words for the plans' subjects (council, nursery, target, rate…) and the Japanese words to search with,
    /// keyed by the English word or phrase (a trailing * matches any ending).
    /// </summary>
    public IReadOnlyDictionary<string, string> Glossary { get; init; } = new Dictionary<string, string>();

    /// <summary>Words that join a glossary search (my number card → マイナンバーカード) but never start one.</summary>
    public IReadOnlyDictionary<string, string> GlossaryContext { get; init; } = new Dictionary<string, string>();

    /// <summary>English names of catalog procedures, with the words residents use for them.</summary>
    public IReadOnlyList<EnglishProcedureGroup> Procedures { get; init; } = [];

    /// <summary>Japanese terms of the structured data (where a procedure is done) in English, keyed by the Japanese.</summary>
    public IReadOnlyDictionary<string, string> Terms { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, EnglishCity> Cities { get; init; } = new Dictionary<string, EnglishCity>();
}
