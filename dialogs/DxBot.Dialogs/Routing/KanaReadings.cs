using System.Runtime.CompilerServices;
using System.Text;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Routing;

/// <summary>
/// Reads a message typed in hiragana (やさしい日本語, a phone without kana-kanji conversion: 「しやくしょ の まどぐち」) with
/// the words the knowledge uses, from the readings file generated from the knowledge. Only a message that is mostly
/// hiragana is touched: in ordinary text, hiragana are endings and particles, and a reading found there is chance.
/// </summary>
public sealed class KanaReadings
{
    // At least this share of the message's letters in hiragana: 「こせきとうほん って こんびに で とれますか」, not 「戸籍謄本はとれますか」.
    private const double MinHiraganaShare = 0.7;

    // At most this share in kanji: a few converted words (市, 何) in a message otherwise typed in kana.
    private const double MaxKanjiShare = 0.1;

    // Shortest reading replaced in a message that is not mostly hiragana: 「しない」 (市内) or 「かいご」 are too likely by chance.
    private const int MinLengthInText = 4;

    private const string Particles = "のをにがはでともへ";

    // What may follow a word: the particles, and the first kana of から, まで, より, や, か.
    private const string FollowingParticles = "のをにがはでともへかまよや";

    // A reading this short (家 いえ, 紙 かみ) is a word only standing alone, between particles or spaces.
    private const int ShortReading = 2;

    // Question words, amounts and demonstratives, kept as typed: a reading found inside them (つくら in いくつくらい,
    // そうい in 「そういう予定」 read as 創意) is chance.
    private static readonly string[] KeptWords =
        ["どのくらい", "どれくらい", "どれぐらい", "いくつ", "いくら", "くらい", "ぐらい", "どのように", "どうして", "なぜ", "どこ", "だれ", "いつ",
            "そういう", "こういう", "どういう", "ああいう", "そういった", "こういった"];

    // Question words the knowledge's readings do not hold, in the usual spelling the search's hints and the answer kinds
    // know: they carry what kind of answer is asked (「なんねん まで」 asks a period, 「なんにん」 a count, 「できない ひと」
    // whom the care is for, 「つかってる ひと」 whom a rate counts). Only in a
    // message mostly in hiragana: elsewhere they are already as typed. (いかなくても → 行かなくても was tried: the kana
    // spelling is a synonym of 来庁不要, the kanji one is not, and the eval sets lost a case and gained none.)
    private static readonly (string Kana, string Word)[] QuestionWords =
        [("なんねんど", "何年度"), ("なんねんかん", "何年間"), ("なんねん", "何年"), ("なんにん", "何人"), ("なんけん", "何件"),
            ("なんぱーせんと", "何パーセント"), ("なんがつ", "何月"), ("なんにち", "何日"), ("なんようび", "何曜日"), ("なんじ", "何時"),
            ("なんさい", "何歳"), ("なんまい", "何枚"),
            ("どのくらいのひと", "どのくらいの人"), ("どれくらいのひと", "どれくらいの人"), ("どれぐらいのひと", "どれぐらいの人"), ("どのぐらいのひと", "どのぐらいの人"),
            // Who cannot or does do something (「できない ひとは」「つかってる ひとって」, read 使って before る): the people
            // the care or a rate is for; not ひとつ, ひとり (AsPeople).
            ("ないひと", "ない人"), ("るひと", "る人")];

    // A shortened spelling shorter than this (「しょめ」 for しょうめい) is too likely to be something else.
    private const int MinShortenedLength = 4;

    private static readonly ConditionalWeakTable<KnowledgeBase, KanaReadings> Cache = new();

    private readonly Dictionary<string, string> _words;

    // Kana spellings the synonyms hold (いかなくても, of 来庁不要), longest first: the search knows them as typed, and
    // read as words they would lose that.
    private readonly string[] _spellings;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _maxLength;

    // The cities' names (対馬市, 対馬): typed in kanji even in a message otherwise in kana, and not what tells whether it is.
    private readonly string[] _cityNames;

    // The messages of the moment with their readings replaced: every message is read so at every turn, residents send
    // the same ones again, and the result depends on the text and this generation's words only.
    private readonly TextMemo<string, string> _applied = new(4096);

    private KanaReadings(KnowledgeBase knowledge)
    {
        _words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in knowledge.Readings)
        {
            foreach (var reading in group.Skip(1).Where(r => r.Length >= 2))
            {
                _words.TryAdd(reading, group[0]);
            }
        }

        // A city's own reading of its name (行方市 is なめがた, which MeCab reads ゆくえ), from its profile's kana aliases.
        foreach (var city in knowledge.Cities.Values)
        {
            foreach (var alias in city.Aliases.Where(a => a.Length >= 3 && a.All(c => c is >= 'ぁ' and <= 'ゖ')))
            {
                _words[alias + "し"] = city.Name;
                _words[alias] = city.Name.TrimEnd('市');
            }
        }

        // Typed by ear, a long vowel often loses its う (「ほけんしょ」「じゅみんひょ」): such a spelling reads as the word
        // when no word is read that way.
        foreach (var (reading, word) in _words.ToList())
        {
            var shortened = reading.Replace("ょう", "ょ", StringComparison.Ordinal).Replace("ゅう", "ゅ", StringComparison.Ordinal);
            if (shortened.Length >= MinShortenedLength && shortened != reading)
            {
                _words.TryAdd(shortened, word);
            }
        }

        _cityNames = [.. knowledge.Cities.Values.SelectMany(c => new[] { c.Name, c.Name.TrimEnd('市') }).Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal)];
        _spellings = knowledge.Synonyms.SelectMany(g => g)
            .Where(t => t.Length >= MinShortenedLength && t.All(IsHiragana))
            .Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length).ToArray();
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxLength = _words.Count == 0 ? 0 : _words.Keys.Max(k => k.Length);
    }

    public static KanaReadings Of(KnowledgeBase knowledge) => Cache.GetValue(knowledge, static k => new KanaReadings(k));

    /// <summary>The message with known readings replaced by their words (longest first, left to right), or the message unchanged.</summary>
    public string Apply(string text) =>
        _words.Count == 0 ? text : _applied.Get(text, text.Length, this, static (text, readings) => readings.ApplyAnew(text));

    private string ApplyAnew(string text)
    {
        // In ordinary text only a long reading that starts a kana run (「はんだしの DXけいかくって」「市のてつづきは」)
        // is a word typed without conversion; elsewhere kana are endings, and a short reading found there is chance.
        var mostlyHiragana = IsMostlyHiragana(TextNormalizer.Without(text, _cityNames));
        var minLength = mostlyHiragana ? 2 : MinLengthInText;
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var replaced = false;
            if (mostlyHiragana && IsHiragana(text[i]) && QuestionWords.Select(q => (q.Word, Length: TypedAt(text, i, q.Kana))).FirstOrDefault(q => q.Length > 0 && AsPeople(text, i + q.Length, q.Word)) is { Word: { } asked } question)
            {
                output.Append(asked);
                i += question.Length;
                continue;
            }

            if (mostlyHiragana && StartsWord(text, i) && _spellings.FirstOrDefault(w => text.AsSpan(i).StartsWith(w, StringComparison.Ordinal)) is { } spelling)
            {
                output.Append(spelling);
                i += spelling.Length;
                continue;
            }

            if (IsHiragana(text[i]) && KeptWords.FirstOrDefault(w => text.AsSpan(i).StartsWith(w, StringComparison.Ordinal)) is { } kept)
            {
                // 「いくつくらい」 is いくつ + くらい, not い + 作ら (つくら read as 作る).
                output.Append(kept);
                i += kept.Length;
                continue;
            }

            if (IsHiragana(text[i]) && !FollowsKanji(text, i) && (mostlyHiragana || StartsRun(text, i)))
            {
                var run = 0;
                while (i + run < text.Length && run < _maxLength && IsHiragana(text[i + run]))
                {
                    run++;
                }

                for (var length = run; length >= minLength; length--)
                {
                    if (_lookup.TryGetValue(text.AsSpan(i, length), out var word)
                        && (!IsInflected(word) || (mostlyHiragana && StartsWord(text, i)))
                        && (length > ShortReading || (StartsWord(text, i) && EndsWord(text, i + length))))
                    {
                        output.Append(word);
                        i += length;
                        replaced = true;
                        break;
                    }
                }
            }

            if (!replaced)
            {
                output.Append(text[i]);
                i++;
            }
        }

        // Spaces only separated the words for want of kanji (「げんきん いがいで」): once read, the words run on as
        // Japanese is written, so that 「現金以外」 or 「手伝ってもらえ」 is found whole.
        return mostlyHiragana ? WithoutSpacesBetweenJapanese(output) : output.ToString();
    }

    private static string WithoutSpacesBetweenJapanese(StringBuilder text)
    {
        for (var i = text.Length - 2; i >= 1; i--)
        {
            if (text[i] is ' ' or '　' && IsJapanese(text[i - 1]) && IsJapanese(text[i + 1]))
            {
                text.Remove(i, 1);
            }
        }

        return text.ToString();
    }

    private static bool IsJapanese(char c) => c is >= 'ぁ' and <= 'ヿ' or >= '一' and <= '鿿' or '々' or 'ー';

    private static bool IsMostlyHiragana(string text)
    {
        var letters = 0;
        var hiragana = 0;
        var kanji = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                hiragana += IsHiragana(c) ? 1 : 0;
                kanji += IsKanji(c) ? 1 : 0;
            }
        }

        // Casual Japanese is mostly hiragana too (「車がないので、わざわざ…行かなくても…」), but it writes its nouns in
        // kanji; a message typed without conversion has hardly any.
        return letters >= 4 && hiragana >= letters * MinHiraganaShare && kanji <= letters * MaxKanjiShare;
    }

    private static bool IsHiragana(char c) => c is >= 'ぁ' and <= 'ゖ' or 'ー';

    // Kana right after a kanji are its ending (「移住してきた」 is 移住 + してきた, not 指摘), in any message.
    private static bool FollowsKanji(string text, int i) => i > 0 && IsKanji(text[i - 1]);

    private static bool IsKanji(char c) => c is >= '一' and <= '鿿' or '々';

    /// <summary>How many characters of the text at <paramref name="start"/> spell <paramref name="kana"/>, spaces between its letters allowed (「どのくらい の ひと」); 0 when they do not.</summary>
    // 「…るひと」 read as …る人 unless it is ひとつ or ひとり (「あるひとつの手続き」).
    private static bool AsPeople(string text, int end, string word) =>
        !word.EndsWith('人') || end >= text.Length || text[end] is not ('つ' or 'り');

    private static int TypedAt(string text, int start, string kana)
    {
        var i = start;
        foreach (var c in kana)
        {
            while (i > start && i < text.Length && text[i] is ' ' or '　')
            {
                i++;
            }

            if (i >= text.Length || text[i] != c)
            {
                return 0;
            }

            i++;
        }

        return i - start;
    }

    // A conjugated word (書かなくて, 出した), ending in two kana or more: found only where a word starts in a message typed
    // in kana, since inside a run of kana its ending is everyday grammar (すみません holds みません, 書かせない holds
    // させない), and ordinary text writes many verbs in kana anyway (わからない).
    private static bool IsInflected(string word) => word.Length > 2 && IsHiragana(word[^1]) && IsHiragana(word[^2]);

    // Before a space, a non-kana or a particle (「いえ から」「かみに」).
    private static bool EndsWord(string text, int end) => end >= text.Length || !IsHiragana(text[end]) || FollowingParticles.Contains(text[end]);

    // After a space, a non-kana or a particle (「かみに かかなくて」「しやくしょにいかなくても」).
    private static bool StartsWord(string text, int i) => i == 0 || !IsHiragana(text[i - 1]) || Particles.Contains(text[i - 1]);

    // The first kana of a run, or the first after a lone particle opening it (の in 「市のてつづき」).
    private static bool StartsRun(string text, int i) =>
        i == 0 || !IsHiragana(text[i - 1])
        || (Particles.Contains(text[i - 1]) && (i == 1 || !IsHiragana(text[i - 2])));
}
