namespace DxBot.Knowledge.Loading;

/// <summary>
/// A synonyms or readings file as parsed by a load, for the next load to reuse while the file's stamp is unchanged
/// (null when unknown: then it is not reused): the 100× knowledge's readings.txt (376 KB) was split again at every
/// reindex though no one had touched it.
/// </summary>
internal sealed record ParsedWordList(FileStamp? Stamp, IReadOnlyList<IReadOnlyList<string>> Groups, IReadOnlyList<DxBot.Knowledge.Model.KnowledgeError> Errors);
