namespace DxBot.Knowledge.Model;

/// <summary>One answerable piece of knowledge: what a search returns and the bot shows.</summary>
public sealed record KnowledgeEntry(string Id, string Title, string Body, Citation Source)
{
    /// <summary>The city it is about; null for national content that applies everywhere.</summary>
    public string? CityId { get; init; }

    /// <summary>online, mynumber, support, plan, kpi, organization, general, procedure, text.</summary>
    public string Topic { get; init; } = KnowledgeTopics.General;

    /// <summary>all, resident or staff.</summary>
    public string Audience { get; init; } = "all";

    /// <summary>Words residents might use that the body does not contain; indexed, not shown.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>
    /// The entry said in English (its `English:` line), for questions written in English; null where none is written.
    /// Searched and shown apart from the Japanese: a foreign resident is answered in their words, with the same citation.
    /// </summary>
    public string? English { get; init; }

    /// <summary>English words a foreign resident might use for the entry (its `English keywords:` line); indexed, not shown.</summary>
    public IReadOnlyList<string> EnglishKeywords { get; init; } = [];

    /// <summary>My Number sub-topic (申請, 受取, 暗証番号, 更新, 紛失, 使いみち, 普及), if any.</summary>
    public string? Category { get; init; }

    /// <summary>The knowledge file and line it was read from, for errors and audits.</summary>
    public string? File { get; init; }

    public int Line { get; init; }
}
