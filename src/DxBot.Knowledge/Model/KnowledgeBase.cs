namespace DxBot.Knowledge.Model;

/// <summary>Everything read from the knowledge folders: immutable, swapped whole on reindex.</summary>
public sealed record KnowledgeBase
{
    public static KnowledgeBase Empty { get; } = new();

    public IReadOnlyDictionary<string, CityProfile> Cities { get; init; } = new Dictionary<string, CityProfile>();

    /// <summary>All searchable entries, including those derived from procedures and support programs.</summary>
    public IReadOnlyList<KnowledgeEntry> Entries { get; init; } = [];

    public IReadOnlyList<Procedure> Procedures { get; init; } = [];

    public IReadOnlyList<CityProcedure> CityProcedures { get; init; } = [];

    public IReadOnlyList<SupportProgram> SupportPrograms { get; init; } = [];

    public IReadOnlyList<SupportSession> SupportSessions { get; init; } = [];

    /// <summary>Synonym groups; the first word of each is the canonical form.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; init; } = [];

    /// <summary>Words with their kana readings (word first), for messages typed in hiragana.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Readings { get; init; } = [];

    /// <summary>The English layer (knowledge/en/), for questions written in English.</summary>
    public EnglishLayer English { get; init; } = EnglishLayer.Empty;

    public IReadOnlyList<KnowledgeError> Errors { get; init; } = [];

    /// <summary>The files read, for the reindex report.</summary>
    public int FileCount { get; init; }
}
