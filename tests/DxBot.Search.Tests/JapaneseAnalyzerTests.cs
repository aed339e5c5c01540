using Lucene.Net.Analysis.TokenAttributes;

namespace DxBot.Search.Tests;

public sealed class JapaneseAnalyzerTests : IDisposable
{
    private readonly JapaneseAnalyzer analyzer = new(TestKnowledge.Synonyms);

    public void Dispose() => analyzer.Dispose();

    [Fact]
    public void FullWidthLatinAndDigitsBecomeLowerCaseAscii()
    {
        Assert.Equal(["abc123"], analyzer.Terms("ＡＢＣ１２３"));
        Assert.Equal(["dx", "推進"], analyzer.Terms("ＤＸ推進"));
        Assert.Equal(["line"], analyzer.Terms("LINE"));
    }

    [Fact]
    public void HalfWidthKanaBecomesFullWidth()
    {
        Assert.Equal(["ガイ", "イド"], analyzer.Terms("ｶﾞｲﾄﾞ"));
        Assert.Equal(analyzer.Terms("マイナンバー"), analyzer.Terms("ﾏｲﾅﾝﾊﾞｰ"));
    }

    [Fact]
    public void HiraganaFoldsToKatakana()
    {
        Assert.Equal(analyzer.Terms("マイナンバー"), analyzer.Terms("まいなんばー"));
        Assert.Equal(["ピッ", "ッタ", "タリ"], analyzer.Terms("ぴったり"));
    }

    [Fact]
    public void SynonymsFoldOntoTheCanonicalWord()
    {
        var canonical = analyzer.Terms("マイナンバーカードの申請");
        Assert.Equal(canonical, analyzer.Terms("マイナカードの申請"));
        Assert.Equal(canonical, analyzer.Terms("個人番号カードの申請"));
        Assert.Equal(canonical, analyzer.Terms("まいなかーどの申請"));
        Assert.Equal(canonical, analyzer.Terms("ﾏｲﾅｶｰﾄﾞの申請"));
        Assert.Equal(["スマ", "マホ"], analyzer.Terms("スマートフォン"));
        Assert.Equal(["スマ", "マホ"], analyzer.Terms("ｽﾏｰﾄﾌｫﾝ"));
        Assert.Equal(["スマ", "マホ"], analyzer.Terms("スマホ"));
    }

    [Fact]
    public void SynonymsTakeTheLongestMatchAndLeaveTheCanonicalWordAlone()
    {
        Assert.Equal(analyzer.Terms("スマホ教室"), analyzer.Terms("スマートフォン教室"));
        Assert.Equal(analyzer.Terms("スマホ教室"), analyzer.Terms("スマホ講座"));
        Assert.Equal(["マイ", "イナ", "ナン", "ンバ", "バー", "ーカ", "カー", "ード"], analyzer.Terms("マイナンバーカード"));
    }

    [Fact]
    public void LatinSynonymsMatchWholeWordsOnly()
    {
        Assert.Equal(analyzer.Terms("パソコンで申請"), analyzer.Terms("PCで申請"));
        Assert.Equal(analyzer.Terms("暗証番号"), analyzer.Terms("ＰＩＮ"));
        Assert.Equal(["pcr", "検査"], analyzer.Terms("PCR検査"));
        Assert.Equal(["pinterest"], analyzer.Terms("Pinterest"));
    }

    [Fact]
    public void AWordOfItsOwnLineKeepsAShorterSynonymFromFiringInsideIt()
    {
        // As the bundled synonyms.txt has it: 「ライン」 is the app, not the ライン of ガイドライン or オンライン.
        var bundled = new JapaneseAnalyzer([["オンライン", "インターネット", "ネット"], ["LINE", "ライン"], ["ガイドライン"], ["オフライン"]]);

        Assert.Equal(bundled.Terms("LINEの登録者"), bundled.Terms("ラインの登録者"));
        Assert.DoesNotContain("line", bundled.Terms("セキュリティのガイドライン"));
        Assert.DoesNotContain("line", bundled.Terms("オフラインの窓口"));
        Assert.DoesNotContain("line", bundled.Terms("オンライン申請"));
    }

    [Fact]
    public void EmojiAndSymbolsAreDroppedAndDoNotJoinWords()
    {
        var terms = analyzer.Terms("😀マイナ🎉カード★☆♪ 👨‍👩‍👧");
        Assert.Equal(analyzer.Terms("マイナ カード"), terms);
        Assert.All(terms, t => Assert.All(t, c => Assert.False(char.IsSurrogate(c) || char.IsSymbol(c))));
    }

    [Fact]
    public void CompatibilityCharactersAreExpanded()
    {
        Assert.Contains("令和", analyzer.Terms("㋿5年"));
        Assert.Contains("平成", analyzer.Terms("㍻"));
        Assert.Equal(["1"], analyzer.Terms("①"));
    }

    [Fact]
    public void OffsetsPointIntoTheOriginalText()
    {
        // LUCENENET: when a char filter changed a katakana token's length, CJKBigramFilter gives each of its bigrams the
        // whole token's offsets; kanji are one token each, so their offsets stay exact.
        Assert.Equal([("ガイ", 0, 5), ("イド", 0, 5), ("申請", 6, 8)], Tokens("ｶﾞｲﾄﾞ 申請"));
        Assert.Contains(("申請", 3, 5), Tokens("PCで申請"));
        Assert.Contains(("申請", 8, 10), Tokens("ﾏｲﾅｶｰﾄﾞの申請"));
    }

    [Theory]
    [InlineData("\uD83D")]
    [InlineData("\uDE00カード")]
    [InlineData("\u0000\u0001\u001F\u007F\u200B\u200D\uFEFF")]
    [InlineData("\u3099\u309A\uFF9E\uFF9F")]
    [InlineData("申請 AND (コンビニ* ~ \"交付 [ ] { } \\ / : ^ ! ? -")]
    [InlineData("")]
    [InlineData("   \t\r\n")]
    public void HostileTextDoesNotThrowAndKeepsOffsetsInRange(string text)
    {
        foreach (var (_, start, end) in Tokens(text))
        {
            Assert.InRange(start, 0, text.Length);
            Assert.InRange(end, start, text.Length);
        }
    }

    [Fact]
    public void VeryLongTextIsAnalysed()
    {
        // マイ…ード, ドノ, ノ申, 申請 (11) and ガイ, イド (2), 500 times.
        var text = string.Concat(Enumerable.Repeat("マイナンバーカードの申請😀ｶﾞｲﾄﾞ ", 500));
        Assert.Equal(500 * 13, analyzer.Terms(text).Count);
    }

    [Fact]
    public void IsThreadSafeAndReusable()
    {
        string[] texts = ["マイナカードの交付率", "ｽﾏｰﾄﾌｫﾝ教室", "PCで申請", "児童手当をオンラインで"];
        var expected = texts.Select(t => analyzer.Terms(t)).ToList();
        Parallel.For(0, 400, i => Assert.Equal(expected[i % texts.Length], analyzer.Terms(texts[i % texts.Length])));
    }

    private List<(string Term, int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
