namespace DxBot.Search;

/// <summary>What the index root's <c>current</c> file says.</summary>
/// <param name="Generation">The generation it names; null when there is no usable pointer.</param>
/// <param name="Problem">Why an existing pointer is unusable (a directory, garbage); null when it is fine or absent.</param>
public sealed record CurrentPointer(long? Generation, string? Problem);
