using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Import;

/// <summary>
/// How a line of a plan is recognised as page furniture (page numbers, table-of-contents rows, figure captions) or as
/// a numbered heading, and how lines broken by the layout are joined back into sentences.
/// </summary>
internal static partial class LineRules
{
    private const int MaxHeading = 40;

    private const int MaxBracketedHeading = 60;

    /// <summary>True for a line that is not content: a page number, a table-of-contents row or a figure caption.</summary>
    public static bool IsFurniture(string line)
    {
        var text = line.Trim();
        return text.Length == 0 || PageNumber().IsMatch(text) || TocRow().IsMatch(text) || TocTitle().IsMatch(text) || FigureCaption().IsMatch(text)
            || IsBareTocRow(text);
    }

    /// <summary>A table-of-contents row without leaders: a numbered heading followed by its page number (「1-5 計画の期間 10」).</summary>
    private static bool IsBareTocRow(string text) =>
        TrailingPage().IsMatch(text) && NumberedHeadingLevel(TrailingPage().Replace(text, string.Empty)) > 0;

    /// <summary>The level of a numbered heading (第一章 = 1, 1 = 2, (1) = 3, (ア) = 4), or 0 for a line that is none.</summary>
    public static int NumberedHeadingLevel(string line)
    {
        var text = line.Trim();
        // A heading is short and is no sentence: a long line or one that ends like a sentence is body text with a number.
        // A bracketed item's title may run longer (行方市's 「(8) デジタル田園都市国家構想の実現に向けたデジタル実装の
        // 取組の推進・地域社会のデジタル化」, 46 characters): as body text its measure ran into the one before it.
        if (text.Length == 0 || EndsSentence(text)
            || text.Length > MaxHeading && !(text.Length <= MaxBracketedHeading && Bracketed().IsMatch(text) && !text.Contains('、', StringComparison.Ordinal)))
        {
            return 0;
        }

        return Chapter().IsMatch(text) ? 1
            : Numbered().IsMatch(text) || Dashed().IsMatch(text) || Labelled().IsMatch(text) ? 2
            : Bracketed().IsMatch(text) || LabelledBracketed().IsMatch(text) ? 3
            : Katakana().IsMatch(text) ? 4 : 0;
    }

    /// <summary>
    /// A heading's text as it is read: its number closed up when the layout spaced its digits (「(1 1) オープンデータの推進」
    /// is (11), which as 「(1 1)」 was no heading and ran into (10)).
    /// </summary>
    public static string HeadingText(string line) => SpacedBracketNumber().Replace(Normalize(line), "$1$2$3$4");

    public static bool EndsSentence(string text) => text.Length > 0 && "。．！？!?".Contains(text[^1], StringComparison.Ordinal);

    /// <summary>True for a line that starts a list item, so it never continues the previous line's sentence.</summary>
    public static bool StartsItem(string text) => text.Length > 0 && ("・●○■□◆◇◎※-－―→①②③④⑤⑥⑦⑧⑨⑩".Contains(text[0], StringComparison.Ordinal) || Bracketed().IsMatch(text));

    /// <summary>
    /// Appends a line to a paragraph: Japanese is written without spaces, so a break between two Japanese characters is
    /// dropped; a break between two Latin words or numbers becomes a space.
    /// </summary>
    public static void Join(StringBuilder paragraph, string line)
    {
        var text = Normalize(line);
        if (text.Length == 0)
        {
            return;
        }

        if (paragraph.Length > 0 && IsLatin(paragraph[^1]) && IsLatin(text[0]))
        {
            paragraph.Append(' ');
        }

        paragraph.Append(text);
    }

    /// <summary>
    /// Whitespace runs (line breaks, tabs, no-break and ideographic spaces) become one space, and Cyrillic or Greek
    /// letters typed inside a katakana word become the katakana they stand for (<see cref="StrayLetters"/>).
    /// </summary>
    public static string Normalize(string text) => StrayLetters(Spaces().Replace(text.Replace('\u3000', ' '), " ").Trim());

    /// <summary>
    /// A plan typed with another keyboard layout now and then has a Cyrillic or Greek letter in a katakana word
    /// (御前崎市's 「デジタルデバйд対策」 for デジタルデバイド): no reader can search for it, and the word it hides is the
    /// one residents type. One to three such letters right after katakana, not part of a Latin, Cyrillic or Greek word,
    /// are read by their sound as katakana (й イ, д ド).
    /// </summary>
    public static string StrayLetters(string text)
    {
        if (!text.Any(c => c is >= '\u0370' and <= '\u04FF'))
        {
            return text;
        }

        return StrayLetterRun().Replace(text, m => string.Concat(m.Value.Select(c => KatakanaOf.GetValueOrDefault(char.ToLowerInvariant(c), c.ToString()))));
    }

    // Each letter by its sound, a consonant alone as katakana writes a final one (д ド, к ク).
    private static readonly Dictionary<char, string> KatakanaOf = new()
    {
        ['а'] = "ア", ['е'] = "エ", ['э'] = "エ", ['и'] = "イ", ['й'] = "イ", ['ы'] = "イ", ['і'] = "イ", ['о'] = "オ", ['у'] = "ウ",
        ['ю'] = "ユ", ['я'] = "ヤ", ['к'] = "ク", ['г'] = "グ", ['с'] = "ス", ['з'] = "ズ", ['т'] = "ト", ['д'] = "ド", ['н'] = "ン",
        ['м'] = "ム", ['р'] = "ル", ['л'] = "ル", ['б'] = "ブ", ['п'] = "プ", ['ф'] = "フ", ['в'] = "ブ", ['х'] = "フ", ['ш'] = "シュ",
        ['ч'] = "チ", ['ц'] = "ツ",
        ['α'] = "ア", ['ε'] = "エ", ['η'] = "イ", ['ι'] = "イ", ['ο'] = "オ", ['υ'] = "ウ", ['ω'] = "オ", ['κ'] = "ク", ['γ'] = "グ",
        ['σ'] = "ス", ['ς'] = "ス", ['ζ'] = "ズ", ['τ'] = "ト", ['δ'] = "ド", ['ν'] = "ン", ['μ'] = "ム", ['ρ'] = "ル", ['λ'] = "ル",
        ['β'] = "ブ", ['π'] = "プ", ['φ'] = "フ", ['χ'] = "ク",
    };

    [GeneratedRegex(@"(?<=[ァ-ヺー])[\u0370-\u03FF\u0400-\u04FF]{1,3}(?![\u0370-\u03FF\u0400-\u04FFA-Za-z])")]
    private static partial Regex StrayLetterRun();

    /// <summary>
    /// A line break inside a paragraph of markup (HTML source, a Markdown paragraph) is joined as <see cref="Join"/> joins
    /// lines: dropped between Japanese characters, a space between Latin ones.
    /// </summary>
    public static string JoinBreaks(string text) =>
        Break().Replace(text, m => m.Index > 0 && m.Index + m.Length < text.Length && IsLatin(text[m.Index - 1]) && IsLatin(text[m.Index + m.Length]) ? " " : string.Empty);

    /// <summary>
    /// Closes up the spaces a PDF's layout leaves around numbers and Latin words inside Japanese text (「令和 2 年度」,
    /// 「24 時間 365 日」, 「本市の DX 計画」): Japanese is written without them, and a resident or a search for 「令和2年度」
    /// must find the figure as it is usually written. A number with a space on one side only (「オンライン化 100手続」, a
    /// table cell), a number opening a line (「1 計画の目的」) and spaces between Latin words keep their spaces.
    /// An acronym the layout spaced out letter by letter (「I C T」「S N S」, 「L GWAN接続系」) is closed up as well: spaced,
    /// its letters are words of one letter, and 「ICT」「LGWAN」 asked or searched for are not in the text.
    /// </summary>
    public static string CloseUp(string text) =>
        SpacedAfter().Replace(SpacedNumber().Replace(SpacedAcronym().Replace(text, m => m.Value.Replace(" ", "", StringComparison.Ordinal)), string.Empty), string.Empty);

    // Capitals one by one with single spaces, the last part perhaps longer (「I C T」「L GWAN」), not touching a Latin word
    // or figure on either side: 「A I会議録」 is AI; 「Society 5.0」「Wi-Fi」 and words of two letters or more stay.
    [GeneratedRegex(@"(?<![A-Za-z0-9 ])[A-Z]( [A-Z])*( [A-Z]{1,8})(?![A-Za-z0-9]| [A-Za-z0-9])")]
    private static partial Regex SpacedAcronym();

    private static bool IsLatin(char c) => c < 0x3000 && char.IsLetterOrDigit(c);

    // The space before a number spaced off the Japanese on both sides (「令和 2 年度」): the one after it goes next.
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]) +(?=[0-9]+(\.[0-9]+)? +[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}])")]
    private static partial Regex SpacedNumber();

    // A space between a number in Japanese text (after Japanese or its punctuation) or a Latin word and the Japanese
    // after it, or between Japanese and the Latin word after it.
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsCJKSymbolsandPunctuation}（][0-9]+(\.[0-9]+)?) +(?=[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}])|(?<=[A-Za-z]) +(?=[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}])|(?<=[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]) +(?=[A-Za-z])")]
    private static partial Regex SpacedAfter();

    [GeneratedRegex(@"^[-‐－―–—\s]*[0-9０-９]+[-‐－―–—\s]*$|^[0-9０-９]+\s*/\s*[0-9０-９]+$|^[pPｐＰ][.．]?\s*[0-9０-９]+$")]
    private static partial Regex PageNumber();

    // Leaders of dots, 「・」 or 「…」 (or a row of asterisks) before an optional page number.
    [GeneratedRegex(@"(\.{3,}|…{2,}|・{3,}|‥{2,}|\*{3,}|･{3,})\s*[0-9０-９]*\s*$")]
    private static partial Regex TocRow();

    [GeneratedRegex(@"^[<＜〈【\[（(]?\s*目\s*次\s*[>＞〉】\]）)]?$")]
    private static partial Regex TocTitle();

    [GeneratedRegex(@"^(図|写真|グラフ|イラスト|Fig\.?|Figure)\s*[0-9０-９]+([-‐－―ー.．][0-9０-９]+)*")]
    private static partial Regex FigureCaption();

    [GeneratedRegex(@"^第\s*[0-9０-９一二三四五六七八九十]+\s*[章編部]")]
    private static partial Regex Chapter();

    // 「1. 計画の目的」「1 計画の目的」「1_方針策定の目的」.
    [GeneratedRegex(@"^[0-9０-９]{1,2}[.．]?\s+\S|^[0-9０-９]{1,2}[.．_＿]\S")]
    private static partial Regex Numbered();

    // A numbered heading named by its kind: 「基本方針1 利用者にとって便利な行政サービスの実現」「重点項目2 …」.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,6}\s?[0-9０-９]{1,2}\s+[^\s0-9０-９]")]
    private static partial Regex Labelled();

    // 「(取組施策1) 行政手続のオンライン化」: the bracketed number named by its kind.
    [GeneratedRegex(@"^[（(][\p{IsCJKUnifiedIdeographs}\p{IsKatakana}]{1,6}\s?[0-9０-９]{1,2}[)）]")]
    private static partial Regex LabelledBracketed();

    // 「1-1 計画の目的」: chapter-section numbering.
    [GeneratedRegex(@"^[0-9０-９]{1,2}[-‐－][0-9０-９]{1,2}\s*\S")]
    private static partial Regex Dashed();

    [GeneratedRegex(@"\s+[0-9０-９]{1,3}$")]
    private static partial Regex TrailingPage();

    // 「(1)」「（12）」, and 「(1 2)」 as a PDF's layout spaces two digits.
    [GeneratedRegex(@"^[（(]([0-9０-９]{1,2}|[0-9０-９] [0-9０-９])[)）]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^([（(])([0-9０-９]) ([0-9０-９])([)）])")]
    private static partial Regex SpacedBracketNumber();

    [GeneratedRegex(@"^[（(][ア-ンｱ-ﾝ][)）]")]
    private static partial Regex Katakana();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[ \t]*[\r\n]+\s*")]
    private static partial Regex Break();
}
