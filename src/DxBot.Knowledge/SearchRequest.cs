namespace DxBot.Knowledge;

/// <summary>A question as the user typed it (never query syntax), scoped to a city.</summary>
/// <param name="Text">Free text; any characters, any length (long input is truncated, not rejected).</param>
/// <param name="CityId">The city's entries plus national ones; null searches national and all cities.</param>
/// <param name="Topic">Restricts to entries of this topic, if given.</param>
public sealed record SearchRequest(string Text, string? CityId, int MaxResults = 3, string? Topic = null);
