using System.Security.Cryptography;
using System.Text;

namespace DxBot.Channels.Line;

/// <summary>
/// Checks `X-Line-Signature`: base64(HMAC-SHA256(channel secret, raw body)). The comparison takes the same time
/// whatever the bytes, so an attacker cannot find a valid signature byte by byte.
/// </summary>
public static class LineSignatureVerifier
{
    public const string HeaderName = "X-Line-Signature";

    private const int SignatureBytes = 32;

    public static bool IsValid(ReadOnlySpan<byte> body, string? signature, string channelSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelSecret);
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        Span<byte> received = stackalloc byte[SignatureBytes + 3];
        if (!Convert.TryFromBase64String(signature.Trim(), received, out var written) || written != SignatureBytes)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[SignatureBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, received[..SignatureBytes]);
    }

    /// <summary>The signature LINE would send for this body (for tools and tests that play LINE).</summary>
    public static string Sign(ReadOnlySpan<byte> body, string channelSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelSecret);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body));
    }
}
