using DxBot.Dialogs.Routing;

namespace DxBot.Dialogs.Tests.Routing;

/// <summary>
/// Folding is asked of the same message a dozen times in a turn: it must give the same text each time, characters
/// outside the basic plane included, and a text folded again must cost no new strings.
/// </summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("ＡＢＣ　ｄｅｆ１２３", "abc def123")]
    [InlineData("𠮷野家の近くで住民票😀を取れますか？", "𠮷野家の近くで住民票を取れますか?")]
    [InlineData("ｶﾞｲﾄﾞ\u3000ブック\u200b", "ガイド ブック")]
    [InlineData("ｶﾞｲﾄﾞ\tブック", "ガイドブック")]
    [InlineData("  ", "")]
    public void Folds_width_case_spaces_and_symbols(string text, string folded)
    {
        Assert.Equal(folded, TextNormalizer.Normalize(text));
        Assert.Equal(folded, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void A_long_text_is_capped_but_folded_whole_on_request()
    {
        var text = new string('あ', TextNormalizer.MaxLength + 20);

        Assert.Equal(TextNormalizer.MaxLength, TextNormalizer.Normalize(text).Length);
        Assert.Equal(text.Length, TextNormalizer.NormalizeWhole(text).Length);
        Assert.Equal(TextNormalizer.MaxLength, TextNormalizer.Normalize(text).Length);
    }

    [Fact]
    public void A_text_folded_again_allocates_nothing()
    {
        var message = "マイナンバーカードの暗証番号を忘れてしまいました。コンビニで住民票を取るときに必要ですか？" + Guid.NewGuid().ToString("N");
        var first = TextNormalizer.Normalize(message);

        // Other tests fold texts meanwhile and may empty the kept ones between two calls: the best of three attempts.
        var allocated = long.MaxValue;
        for (var attempt = 0; attempt < 3 && allocated > 0; attempt++)
        {
            TextNormalizer.Normalize(message);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var again = TextNormalizer.Normalize(message);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(first, again);
        }

        Assert.Equal(0, allocated);
    }
}
