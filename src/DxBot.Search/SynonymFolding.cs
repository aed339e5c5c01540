using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace DxBot.Search;

/// <summary>
/// Synonym groups as a folded word → canonical word map, applied by longest match: latin words on word boundaries
/// (<see cref="WordSynonymCharFilter"/>), everything else by <see cref="MappingCharFilter"/> in the analyzer, and both
/// by <see cref="Apply"/> when a question is weighed, so the two paths agree.
/// </summary>
internal sealed class SynonymFolding
{
    private readonly Dictionary<string, string> map;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int maxKeyLength;
    private readonly Dictionary<string, string> words;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> wordLookup;
    private readonly int maxWordLength;

    private SynonymFolding(Dictionary<string, string> map, Dictionary<string, string> words, IReadOnlySet<string> verbPhrases)
    {
        this.map = map;
        VerbPhrases = verbPhrases;
        this.words = words;
        lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        maxKeyLength = map.Count == 0 ? 0 : map.Keys.Max(k => k.Length);
        maxWordLength = words.Count == 0 ? 0 : words.Keys.Max(k => k.Length);
        CharMap = map.Count == 0 ? null : BuildCharMap(map);
    }

    public static SynonymFolding None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>
    /// The canonical words written as a kanji stem with kana endings (書かない, 待たない), folded: each names a concept the
    /// plans use (「書かない窓口」), which the question's units would otherwise see only as a verb stem (書), so a question
    /// folded onto it would count nothing of it.
    /// </summary>
    public IReadOnlySet<string> VerbPhrases { get; }

    /// <summary>Whether there are latin-word synonyms for <see cref="WordSynonymCharFilter"/>.</summary>
    public bool HasWords => words.Count > 0;

    /// <summary>Null when there are no synonyms (MappingCharFilter needs a non-empty map).</summary>
    public NormalizeCharMap? CharMap { get; }

    public static SynonymFolding Build(IEnumerable<IReadOnlyList<string>>? groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var latinWords = new Dictionary<string, string>(StringComparer.Ordinal);
        var verbPhrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups ?? [])
        {
            var words = (group ?? []).Select(FoldWord).ToList();
            var canonical = words.FirstOrDefault(w => w.Length > 0);
            if (canonical is null)
            {
                continue;
            }

            if (IsVerbPhrase(group!.First(w => !string.IsNullOrWhiteSpace(w)).Trim()))
            {
                verbPhrases.Add(canonical);
            }

            // The canonical word maps onto itself so that a shorter key inside it (カード in マイナンバーカード) cannot fire.
            if (!IsLatin(canonical))
            {
                map.TryAdd(canonical, canonical);
            }

            foreach (var word in words.Skip(1).Where(w => w.Length > 0 && w != canonical))
            {
                // First group wins: NormalizeCharMap rejects a key added twice.
                (IsLatin(word) ? latinWords : map).TryAdd(word, canonical);
            }
        }

        return new SynonymFolding(map, latinWords, verbPhrases);
    }

    // A kanji followed by hiragana only (書かない), as written in the synonyms file.
    private static bool IsVerbPhrase(string word) =>
        word.Length >= 3 && word[0] is >= '\u4E00' and <= '\u9FFF'
        && word.Skip(1).All(c => c is >= '\u3041' and <= '\u309F');

    /// <summary>Replaces latin-word keys found on word boundaries, telling <paramref name="replaced"/> of each replacement.</summary>
    public string ReplaceWords(string text, Action<WordReplacement>? replaced = null)
    {
        if (words.Count == 0)
        {
            return text;
        }

        StringBuilder? output = null;
        int copied = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]) || (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            for (int length = Math.Min(maxWordLength, text.Length - i); length > 0; length--)
            {
                bool endsWord = i + length == text.Length || !char.IsAsciiLetterOrDigit(text[i + length]);
                if (endsWord && wordLookup.TryGetValue(text.AsSpan(i, length), out var replacement))
                {
                    output ??= new StringBuilder(text.Length);
                    output.Append(text, copied, i - copied).Append(replacement);
                    replaced?.Invoke(new WordReplacement(i, length, output.Length, replacement));
                    copied = i + length;
                    i = copied - 1;
                    break;
                }
            }
        }

        return output is null ? text : output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Replaces synonyms in folded text; replaced characters count as content, whatever the user typed.</summary>
    public (string Text, CharKind[] Kinds) Apply(string text, CharKind[] kinds)
    {
        if (words.Count > 0)
        {
            (text, kinds) = ApplyWords(text, kinds);
        }

        if (map.Count == 0)
        {
            return (text, kinds);
        }

        var output = new StringBuilder(text.Length);
        var outputKinds = new List<CharKind>(kinds.Length);
        int i = 0;
        while (i < text.Length)
        {
            string? replacement = null;
            int matched = 0;
            for (int length = Math.Min(maxKeyLength, text.Length - i); length > 0; length--)
            {
                if (lookup.TryGetValue(text.AsSpan(i, length), out replacement))
                {
                    matched = length;
                    break;
                }
            }

            if (replacement is null)
            {
                output.Append(text[i]);
                outputKinds.Add(kinds[i]);
                i++;
                continue;
            }

            output.Append(replacement);
            foreach (var c in replacement)
            {
                outputKinds.Add(TextFolding.KindOf(c));
            }

            i += matched;
        }

        return (output.ToString(), [.. outputKinds]);
    }

    private (string Text, CharKind[] Kinds) ApplyWords(string text, CharKind[] kinds)
    {
        var outputKinds = new List<CharKind>(kinds.Length);
        int consumed = 0;
        var output = ReplaceWords(text, r =>
        {
            outputKinds.AddRange(kinds.AsSpan(consumed, r.InputStart - consumed));
            outputKinds.AddRange(r.Replacement.Select(TextFolding.KindOf));
            consumed = r.InputStart + r.InputLength;
        });
        outputKinds.AddRange(kinds.AsSpan(consumed));
        return (output, [.. outputKinds]);
    }

    // Latin keys (pc, pin, wifi) must match whole words, which MappingCharFilter cannot do.
    private static bool IsLatin(string word) => word.All(char.IsAscii) && word.Any(char.IsAsciiLetterOrDigit);

    private static string FoldWord(string? word) =>
        string.IsNullOrWhiteSpace(word) ? string.Empty : TextFolding.Fold(word.Trim()).Text.Trim();

    private static NormalizeCharMap BuildCharMap(Dictionary<string, string> map)
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (key, value) in map)
        {
            builder.Add(key, value);
        }

        return builder.Build();
    }
}
