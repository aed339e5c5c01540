using System.Text;

namespace DxBot.Channels.Line.Tests;

public sealed class LineSignatureVerifierTests
{
    private const string VerifyBody = "{\"destination\":\"U0123456789abcdef0123456789abcdef\",\"events\":[]}";

    // Computed outside .NET (Python hmac) so the test does not check the code against itself.
    [Theory]
    [InlineData(VerifyBody, "testsecret", "68T4hrXlCXQMCJqA3fGlBzTyBPmhsLT3g4xth3uGq7Y=")]
    [InlineData("{\"events\":[{\"text\":\"半田\"}]}", "秘密secret", "dHEiekcDCJlxJWyzYAkqxUV4JWg//4ZzrZWKGm5CqZk=")]
    public void Known_signatures_are_valid(string body, string secret, string signature)
    {
        Assert.True(LineSignatureVerifier.IsValid(Encoding.UTF8.GetBytes(body), signature, secret));
        Assert.Equal(signature, LineSignatureVerifier.Sign(Encoding.UTF8.GetBytes(body), secret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("68T4hrXlCXQMCJqA3fGlBzTyBPmhsLT3g4xth3uGq7Y")]
    [InlineData("68T4hrXlCXQMCJqA3fGlBzTyBPmhsLT3g4xth3uGq8Y=")]
    [InlineData("AAAA")]
    [InlineData("68T4hrXlCXQMCJqA3fGlBzTyBPmhsLT3g4xth3uGq7Y=68T4hrXlCXQMCJqA3fGlBzTyBPmhsLT3g4xth3uGq7Y=")]
    public void Missing_malformed_or_wrong_signatures_are_invalid(string? signature)
    {
        Assert.False(LineSignatureVerifier.IsValid(Encoding.UTF8.GetBytes(VerifyBody), signature, "testsecret"));
    }

    [Fact]
    public void A_changed_body_or_secret_is_invalid()
    {
        const string signature = "68T4hrXlCXQMCJqA3fGlBzTyBPmhsLT3g4xth3uGq7Y=";
        Assert.False(LineSignatureVerifier.IsValid(Encoding.UTF8.GetBytes(VerifyBody + " "), signature, "testsecret"));
        Assert.False(LineSignatureVerifier.IsValid(Encoding.UTF8.GetBytes(VerifyBody), signature, "testsecreT"));
    }
}
