namespace DxBot.Search;

/// <summary>
/// Consecutive documents of a rebuilt part: taken over from <see cref="Part"/> of the generation before (its documents
/// From..From+Count), or, with no part, analysed for the rebuild (the analysed documents From..From+Count).
/// </summary>
internal readonly record struct DocRun(IndexPart? Part, int From, int Count);
