using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Cli.Eval;

/// <summary>Matching as the eval format defines it: NFKC, case-insensitive, commas inside numbers ignored.</summary>
public static partial class EvalMatcher
{
    public static string Normalize(string text) =>
        NumberComma().Replace(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant(), "");

    public static bool Contains(string normalizedReply, string expected) =>
        normalizedReply.Contains(Normalize(expected), StringComparison.Ordinal);

    [GeneratedRegex(@"(?<=\d),(?=\d)")]
    private static partial Regex NumberComma();
}
