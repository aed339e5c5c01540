namespace DxBot.Search;

/// <summary>The synonyms and readings groups a fingerprint of the analysis was computed from (the lists copied, the groups shared).</summary>
internal sealed record AnalysedLists(IReadOnlyList<IReadOnlyList<string>> Synonyms, IReadOnlyList<IReadOnlyList<string>> Readings, string Fingerprint);
