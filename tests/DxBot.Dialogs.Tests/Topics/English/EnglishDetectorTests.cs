using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Topics.English;

namespace DxBot.Dialogs.Tests.Topics.English;

public sealed class EnglishDetectorTests
{
    [Theory]
    [InlineData("Can I get a residence certificate at a convenience store?")]
    [InlineData("I lost my My Number card")]
    [InlineData("ＨＯＷ ＤＯ Ｉ ＲＥＮＥＷ")]
    [InlineData("Where is the Handa City office? 半田")]
    public void English_is_detected(string text) => Assert.True(EnglishDetector.IsEnglish(TextNormalizer.Normalize(text)));

    [Theory]
    [InlineData("マイナンバーカードをなくしました")]
    [InlineData("LINEで申請できますか")]
    [InlineData("DX計画の目標は？")]
    [InlineData("e-Taxで確定申告できますか")]
    [InlineData("ok")]
    [InlineData("PIN")]
    [InlineData("0120-95-0178")]
    [InlineData("テレワーク' OR '1'='1'; DROP TABLE docs; --")]
    [InlineData("")]
    public void Japanese_mixed_and_single_words_are_not_english(string text) => Assert.False(EnglishDetector.IsEnglish(TextNormalizer.Normalize(text)));

    [Theory]
    [InlineData("PIN?", false)]
    [InlineData("ok thanks", false)]
    [InlineData("住民票", true)]
    [InlineData("ありがとう", true)]
    public void Japanese_writing_is_told_apart(string text, bool expected) => Assert.Equal(expected, EnglishDetector.HasJapanese(text));

    [Fact]
    public void A_character_is_japanese_exactly_when_the_regex_finds_japanese_in_it()
    {
        // IsJapanese compares code units with the blocks the regex names; every UTF-16 unit is read the same way.
        for (var c = char.MinValue; ; c++)
        {
            Assert.True(EnglishDetector.HasJapanese(c.ToString()) == EnglishDetector.IsJapanese(c), $"U+{(int)c:X4}");
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }
}
