namespace DxBot.Dialogs.Answers;

/// <summary>The pieces of text every answer shares: the citation's prefix, and a text cut at a sentence.</summary>
public static class AnswerFormatter
{
    public const string SourcePrefix = "出典: ";

    /// <summary>Cuts at the last sentence end that fits, so no sentence (and no figure) is cut in half.</summary>
    public static string Shorten(string text, int maxLength)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= maxLength)
        {
            return trimmed;
        }

        var cut = trimmed.LastIndexOfAny(['。', '！', '？', '\n'], maxLength - 1);
        return cut > maxLength / 3 ? trimmed[..(cut + 1)].TrimEnd() : trimmed[..(maxLength - 1)] + "…";
    }
}
