namespace DxBot.Search.Tests;

/// <summary>
/// A katakana word typed with one voicing mark wrong (「ぴったりサービズ」) shared too few units with the entries on the
/// service, and the question found nothing confident.
/// </summary>
public sealed class KatakanaTypoTests
{
    private static readonly HashSet<string> Words = ["サービス", "デジタルデバイド", "オンライン", "ハンドル", "バンドル", "スマートシティ"];

    [Theory]
    [InlineData("ぴったりサービズってよく聞くけど", "ぴったりサービスってよく聞くけど")]
    [InlineData("デジタルデハイドって何？", "デジタルデバイドって何？")]
    // A small kana typed large, as a phone without small kana writes it.
    [InlineData("スマートシテイみたいなまちづくり", "スマートシティみたいなまちづくり")]
    public void A_word_one_voicing_mark_or_one_kana_size_from_an_entry_word_is_read_as_that_word(string typed, string read)
    {
        Assert.Equal(read, KatakanaTypo.Corrected(typed, Words));
    }

    [Theory]
    // A word the entries use as typed; one mark from two entry words (パンドル: ハンドル and バンドル); too short to tell;
    // a word no entry word is one mark from.
    [InlineData("オンラインでできる？")]
    [InlineData("パンドルって何？")]
    [InlineData("ガス代は？")]
    [InlineData("マイナポイントは？")]
    public void Anything_else_is_left_as_typed(string typed)
    {
        Assert.Equal(typed, KatakanaTypo.Corrected(typed, Words));
    }
}
