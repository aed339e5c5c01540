using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>Turns knowledge into the text residents read: title, body cut at a sentence, source.</summary>
public static class AnswerFormatter
{
    public const string SourcePrefix = "出典: ";

    public static string Format(KnowledgeEntry entry, int maxLength) =>
        $"【{entry.Title}】\n{Shorten(entry.Body, maxLength)}\n{SourcePrefix}{entry.Source}";

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
