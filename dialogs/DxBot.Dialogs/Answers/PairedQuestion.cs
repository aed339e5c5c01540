using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// A question asking two things of one subject at once (「ビジョンとバリューは？」「計画期間と改訂時期は？」「推進体制と
/// 進行管理の方法」): each is a question of its own, and the plan often answers them in different sections.
/// </summary>
public static partial class PairedQuestion
{
    /// <summary>The two questions, each with the subject and the ending the pair shares; null when the question asks one thing.</summary>
    public static (string First, string Second)? Split(string question)
    {
        var normalized = TextNormalizer.Normalize(question);
        var match = Pair().Match(normalized);
        if (!match.Success)
        {
            return null;
        }

        var before = normalized[..match.Index];
        var after = normalized[(match.Index + match.Length)..];
        var first = match.Groups["a"].Value;
        var second = match.Groups["b"].Value;
        return ($"{before}{first}{after}", $"{before}{second}{after}");
    }

    // Two nouns joined by と (or や・および) in the question's topic: what follows them is a topic particle or の+slot.
    // A noun run starts after a particle or the start, so 「ひとり」「もっと」 are never a pair.
    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9])(?<a>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9]{2,})(と|や|および|及び)、?(?<b>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9]{2,})(?=(は|を|について|って|の(方法|内容|中身|仕組み|考え方)|、|,|\(|\?|$))")]
    private static partial Regex Pair();
}
