namespace DxBot.Search;

/// <summary>The Lucene field names of an indexed entry.</summary>
internal static class KnowledgeFields
{
    public const string Id = "id";
    public const string City = "city";
    public const string Topic = "topic";
    public const string Audience = "audience";
    public const string Category = "category";
    public const string Title = "title";
    public const string Body = "body";
    public const string Keywords = "keywords";

    /// <summary>The katakana reading of the title, keywords and body (MeCab), for questions typed in kana.</summary>
    public const string Reading = "reading";

    /// <summary>The city value of national entries (CityId null), so a city filter is a plain term OR.</summary>
    public const string National = "_national";

    public static string CityValue(string? cityId) =>
        string.IsNullOrWhiteSpace(cityId) ? National : cityId.Trim().ToLowerInvariant();
}
