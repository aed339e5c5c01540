namespace DxBot.Knowledge.Changes;

/// <summary>One entry a reindex added, removed or changed.</summary>
/// <param name="Id">The entry's id (city/file#section).</param>
/// <param name="Title">Its title in the generation that has it (the new one, or the old one for a removed entry).</param>
/// <param name="Hash">Its content hash in that generation.</param>
/// <param name="PreviousHash">For a changed entry, its content hash in the generation it replaced.</param>
public sealed record EntryChange(string Id, string Title, string Hash, string? PreviousHash = null);
