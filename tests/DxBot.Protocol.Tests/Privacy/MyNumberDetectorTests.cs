using DxBot.Protocol.Privacy;

namespace DxBot.Protocol.Tests.Privacy;

public sealed class MyNumberDetectorTests
{
    private const string Mark = "[X]";

    // Every form from issue #16 (finding 2) that went through the old guard, and the forms it already caught.
    [Theory]
    [InlineData("私のマイナンバーは123456789012です", "私のマイナンバーは[X]です")]
    [InlineData("1234 5678 9012", "[X]")]
    [InlineData("1234-5678-9012", "[X]")]
    [InlineData("番号：１２３４５６７８９０１２", "番号：[X]")]
    [InlineData("１２３４－５６７８－９０１２", "[X]")]
    [InlineData("1234ー5678ー9012 です", "[X] です")]
    [InlineData("123-456-789-012", "[X]")]
    [InlineData("1 2 3 4 5 6 7 8 9 0 1 2", "[X]")]
    [InlineData("123456 789012", "[X]")]
    [InlineData("123456+789012", "[X]")]
    [InlineData("12-34-56-78-90-12", "[X]")]
    [InlineData("1.2.3.4.5.6.7.8.9.0.1.2", "[X]")]
    [InlineData("1234/5678/9012", "[X]")]
    [InlineData("123456・789012", "[X]")]
    [InlineData("1234\u200B5678\u200B9012", "[X]")]
    [InlineData("1234\u00AD5678\u00AD9012", "[X]")]
    [InlineData("1234\u20605678\u20609012", "[X]")]
    [InlineData("\uFEFF1234 5678 9012", "\uFEFF[X]")]
    [InlineData("١٢٣٤٥٦٧٨٩٠١٢", "[X]")]
    [InlineData("१२३४ ५६७८ ९०१२", "[X]")]
    [InlineData("1234 - 5678 - 9012", "[X]")]
    [InlineData("1234、5678。9012", "[X]")]
    [InlineData("番号1234\n5678\n9012です", "番号[X]です")]
    [InlineData("①②③④⑤⑥⑦⑧⑨⓪①②", "[X]")]
    [InlineData("俺の番号 四〇九一 二二八三 六六〇七", "俺の番号 [X]")]
    [InlineData("一二三四五六七八九零一二です", "[X]です")]
    // A phone number just before it: the My Number's groups are still found in the longer chain.
    [InlineData("0120-95-0178, 1234 5678 9012", "0120-95-0178, [X]")]
    [InlineData("1234 5678 9012 と 2345ー6789ー0123", "[X] と [X]")]
    public void Finds_a_twelve_digit_number_however_written(string text, string redacted)
    {
        Assert.True(MyNumberDetector.Contains(text));
        Assert.Equal(redacted, MyNumberDetector.Redact(text, Mark));
    }

    [Theory]
    [InlineData("問い合わせは0537-85-1127です")]
    [InlineData("電話は0120-95-0178です")]
    [InlineData("2026-12-02に行きます")]
    [InlineData("2026/12/02～2026/12/05の間に")]
    [InlineData("令和7年度までに200手続")]
    [InlineData("手数料は1,000円、再交付は800円です")]
    [InlineData("予算は12,345,678円でした")]
    [InlineData("1234567890123")]
    [InlineData("12345678901")]
    [InlineData("受付 8:30～17:15（12/29～1/3を除く）")]
    [InlineData("1234 5678 と 9012")]
    [InlineData("第一章から第十二章まで、一人ひとりが二度三度と読み返す")]
    [InlineData("令和七年度までに二百手続、一、二、三の順で")]
    [InlineData("")]
    public void Leaves_dates_phone_numbers_amounts_and_other_lengths_alone(string text)
    {
        Assert.False(MyNumberDetector.Contains(text));
        Assert.Equal(text, MyNumberDetector.Redact(text, Mark));
    }

    [Fact]
    public void A_valid_check_digit_adds_a_detection_a_wider_gap_alone_would_not()
    {
        // 12345678901 has check digit 8 (weights 6..2,7..2 from the left, modulus 11).
        Assert.True(MyNumberDetector.HasValidCheckDigit([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 8]));
        Assert.False(MyNumberDetector.HasValidCheckDigit([1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2]));

        Assert.True(MyNumberDetector.Contains("1234 ,   5678 ,   9018"));
        Assert.False(MyNumberDetector.Contains("1234 ,   5678 ,   9012"));
    }
}
