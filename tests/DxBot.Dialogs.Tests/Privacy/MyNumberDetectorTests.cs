using DxBot.Dialogs.Privacy;

namespace DxBot.Dialogs.Tests.Privacy;

public sealed class MyNumberDetectorTests
{
    [Theory]
    [InlineData("私のマイナンバーは123456789012です")]
    [InlineData("1234 5678 9012")]
    [InlineData("1234-5678-9012")]
    [InlineData("番号：１２３４５６７８９０１２")]
    [InlineData("１２３４－５６７８－９０１２")]
    [InlineData("1234ー5678ー9012 です")]
    public void Finds_a_twelve_digit_number_however_written(string text)
    {
        Assert.True(MyNumberDetector.Contains(text));
        Assert.DoesNotContain("9012", MyNumberDetector.Redact(text));
        Assert.Contains(MyNumberDetector.Redaction, MyNumberDetector.Redact(text));
    }

    [Theory]
    [InlineData("問い合わせは0537-85-1127です")]
    [InlineData("令和7年度までに200手続")]
    [InlineData("1234567890123")]
    [InlineData("12345678901")]
    [InlineData("")]
    public void Leaves_phone_numbers_years_and_other_lengths_alone(string text) =>
        Assert.False(MyNumberDetector.Contains(text));
}
