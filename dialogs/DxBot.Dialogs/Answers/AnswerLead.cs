using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// Which sentence of an entry answers the question: an entry written as an explanation often states what was asked
/// in its third sentence, and residents read the first. The sentence sharing clearly more of the question's words
/// than the opening one is put first; otherwise the entry's own order stands.
/// </summary>
public static partial class AnswerLead
{
    // Two more of the question's word pairs than the opening sentence: one shared pair is chance, two is a subject.
    private const int Margin = 2;

    // An entry's text normalized once per generation, not at every question it might answer.
    private static readonly ConditionalWeakTable<KnowledgeEntry, string> NormalizedTexts = new();

    public static string Normalized(KnowledgeEntry entry) =>
        NormalizedTexts.GetValue(entry, e => TextNormalizer.NormalizeWhole(e.Title + "\n" + e.Body));

    // An entry's sentences, folded, and whether they form a list: the same at every question the entry might answer.
    private static readonly ConditionalWeakTable<KnowledgeEntry, EntrySentences> SentenceTexts = new();

    /// <summary>The entry's body split into sentences (<see cref="AnswerComposer.Sentences"/>), kept per entry.</summary>
    public static IReadOnlyList<string> SentencesOf(KnowledgeEntry entry) => Read(entry).Sentences;

    private static EntrySentences Read(KnowledgeEntry entry) =>
        SentenceTexts.GetValue(entry, static e =>
        {
            var sentences = AnswerComposer.Sentences(e.Body);
            return new EntrySentences(sentences, [.. sentences.Select(TextNormalizer.Normalize)], sentences.Any(s => ListItem().IsMatch(s)));
        });

    /// <summary>The entry's sentences, normalized.</summary>
    public static IReadOnlyList<string> NormalizedSentences(KnowledgeEntry entry) => Read(entry).Normalized;

    public static IReadOnlyList<string> For(string question, KnowledgeEntry entry)
    {
        var read = Read(entry);
        var sentences = read.Sentences;
        // A list keeps its order: an item taken out of it reads as the whole answer.
        if (sentences.Count < 2 || read.IsList)
        {
            return [];
        }

        // The fact asked (a clock time, an amount) stated in a later sentence answers before the description opening the entry.
        if (AnswerKind.SentenceStating(question, read.Normalized) is { } stating && !LeansBack().IsMatch(sentences[stating]))
        {
            return [sentences[stating]];
        }

        // Words of the title the opening sentence also uses are the entry's subject, which the opening covers already:
        // they say nothing of which later sentence answers (「駐車場の料金もキャッシュレスで払える？」 is answered by the
        // sentence on 駐車場, not by the opening on キャッシュレス). A title naming what later sentences say (「…条例改正…」)
        // keeps those words.
        // The question's pairs are read once for all the candidate entries of a turn, the subject's once per entry.
        var asked = AskedPairs(question);
        var subject = read.SubjectPairs(entry);
        if (!asked.Any(p => Array.IndexOf(subject, p) < 0))
        {
            return [];
        }

        var scores = read.Normalized.Select(s => Score(s, asked, subject)).ToList();
        var best = scores.IndexOf(scores.Max());
        // A sentence that leans on the one before it (「そのため…」「この…」) cannot open an answer; one that only opens
        // with a connective (「一方、」) can, without it.
        return best > 0 && scores[best] >= scores[0] + Margin && !LeansBack().IsMatch(sentences[best]) ? [sentences[best]] : [];
    }

    /// <summary>The sentence without an opening connective (「一方、」「また、」), for when it is put first.</summary>
    public static string WithoutConnective(string sentence)
    {
        var match = Connective().Match(sentence);
        return match.Success && match.Length < sentence.Length ? sentence[match.Length..] : sentence;
    }

    // The question's pairs less the entry's subject's, counted where the sentence has them.
    private static int Score(string sentence, HashSet<string> asked, string[] subject)
    {
        var score = 0;
        foreach (var pair in asked)
        {
            score += Array.IndexOf(subject, pair) < 0 && sentence.Contains(pair, StringComparison.Ordinal) ? 1 : 0;
        }

        return score;
    }

    // The last question's pairs on this thread: a turn asks for the lead of each of its candidate entries with the same
    // question, and the pairs were cut again for each. Only read, never changed, once made.
    [ThreadStatic]
    private static string? t_askedQuestion;

    [ThreadStatic]
    private static HashSet<string>? t_askedPairs;

    private static HashSet<string> AskedPairs(string question)
    {
        if (t_askedPairs is { } kept && string.Equals(t_askedQuestion, question, StringComparison.Ordinal))
        {
            return kept;
        }

        var pairs = Pairs(TextNormalizer.Normalize(question));
        t_askedPairs = pairs;
        t_askedQuestion = question;
        return pairs;
    }

    /// <summary>The question's two-character pieces of kanji, katakana and Latin runs: what it is about, not its endings.</summary>
    private static HashSet<string> Pairs(string normalized)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in Content().EnumerateMatches(normalized))
        {
            // The run's pairs taken from the text itself: Match.Value made the run's string again for every pair.
            for (var i = 0; i + 2 <= run.Length; i++)
            {
                pairs.Add(normalized.Substring(run.Index + i, 2));
            }
        }

        return pairs;
    }

    [GeneratedRegex(@"^(一方|また|さらに|ただし|しかし|なお|あわせて|併せて)[、,]")]
    private static partial Regex Connective();

    [GeneratedRegex(@"^(そのうえ|その上|そのため|このため|これ|この|それ|その|ここ|こうした|そこで)")]
    private static partial Regex LeansBack();

    [GeneratedRegex(@"^\s*([・\-*]|\d+[ .、）)]|[①-⑳])")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9]{2,}")]
    private static partial Regex Content();

    private sealed record EntrySentences(IReadOnlyList<string> Sentences, IReadOnlyList<string> Normalized, bool IsList)
    {
        private string[]? _subjectPairs;

        /// <summary>
        /// The title's pairs the opening sentence also uses (the entry's subject, which the opening covers already), made
        /// at the first question the entry is a candidate for and kept with its sentences: a handful of two-character strings.
        /// </summary>
        public string[] SubjectPairs(KnowledgeEntry entry) =>
            _subjectPairs ??= [.. Pairs(TextNormalizer.Normalize(entry.Title)).Where(p => Normalized[0].Contains(p, StringComparison.Ordinal))];
    }
}
