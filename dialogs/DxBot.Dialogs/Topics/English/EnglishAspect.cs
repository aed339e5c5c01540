using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Topics.English;

/// <summary>
/// What an English question asks of its subject, in the Japanese words the imported passages' sentence choice reads
/// (<see cref="Answers.AskedAspect"/>, <see cref="Answers.ExtractiveLead"/>): the search words name the subject only
/// (オープンデータ 公開), so 「Where can I find the open data?」 was answered with the passage's sentence on what open data
/// does, not the one naming the catalog it is published in. Read for choosing sentences, never for searching.
/// </summary>
public static partial class EnglishAspect
{
    /// <summary>The Japanese words for the aspects the question asks (empty when it asks none of them).</summary>
    public static string Words(string normalizedText)
    {
        var text = normalizedText.ToLowerInvariant();
        List<string> words = [];
        if (Where().IsMatch(text))
        {
            words.Add("どこ");
        }

        if (Future().IsMatch(text))
        {
            words.Add("これから");
        }

        if (Target().IsMatch(text))
        {
            words.Add("目標");
        }

        if (Amount().IsMatch(text))
        {
            words.Add("何");
        }

        if (Learn().IsMatch(text))
        {
            words.Add("使い方");
        }

        if (Days().IsMatch(text))
        {
            words.Add("土日");
        }

        if (Given().IsMatch(text))
        {
            words.Add("特典");
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"\b(where|somewhere|which (web)?site)\b")]
    private static partial Regex Where();

    [GeneratedRegex(@"\b(will|going to|plan(s|ning)? to|in the future|from now on|by when|start)\b")]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(targets?|goals?|aims?|aiming)\b")]
    private static partial Regex Target();

    [GeneratedRegex(@"\b(how many|how much|number of|percent(age)?|rate|when|what year)\b")]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b(learn\w*|lessons?|class(es)?|courses?|teach\w*)\b")]
    private static partial Regex Learn();

    [GeneratedRegex(@"\b(weekends?|saturdays?|sundays?|holidays?|weekdays?|evenings?)\b")]
    private static partial Regex Days();

    [GeneratedRegex(@"\b(gives?|get something|vouchers?|coupons?|incentives?|rewards?|bonus(es)?)\b")]
    private static partial Regex Given();
}
