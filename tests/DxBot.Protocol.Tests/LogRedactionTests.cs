using DxBot.Protocol.Diagnostics;

namespace DxBot.Protocol.Tests;

public sealed class LogRedactionTests
{
    [Theory]
    [InlineData("番号は123456789012です", "番号は***です")]
    [InlineData("1234 5678 9012", "***")]
    [InlineData("1234-5678-9012 と 2345ー6789ー0123", "*** と ***")]
    [InlineData("１２３４５６７８９０１２", "***")]
    [InlineData("text: 123-456-789-012 rejected", "text: *** rejected")]
    [InlineData("text: 12 34 56 78 90 12", "text: ***")]
    [InlineData("a 1234\u200B5678\u200B9012 b", "a *** b")]
    [InlineData("a ١٢٣٤٥٦٧٨٩٠١٢ b", "a *** b")]
    [InlineData("to: U0123456789abcdef0123456789abcdef is invalid", "to: U*** is invalid")]
    [InlineData("group Cfedcba9876543210fedcba9876543210 left", "group C*** left")]
    [InlineData("Authorization: Bearer abc.DEF-123_~+/xyz==", "Authorization: Bearer ***")]
    [InlineData("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end", "token *** end")]
    public void Masks_my_numbers_line_ids_and_tokens(string text, string expected) =>
        Assert.Equal(expected, LogRedaction.Mask(text));

    [Theory]
    [InlineData("HTTP 400: The property, 'messages[0].text', in the request body is invalid (line: -, column: -)")]
    [InlineData("11桁 12345678901 と 13桁 1234567890123 はマイナンバーではない")]
    [InlineData("Knowledge generation 12: 525 entries in 1043 ms")]
    [InlineData("webhookEventId 01FZ74A0TDDPYRVKNK77XKC3ZR")]
    public void Leaves_other_text_alone(string text) =>
        Assert.Equal(text, LogRedaction.Mask(text));

    [Fact]
    public void Null_and_empty_become_empty() =>
        Assert.Equal(string.Empty, LogRedaction.Mask(null) + LogRedaction.Mask(string.Empty));
}
