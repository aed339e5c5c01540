using System.Text.RegularExpressions;
using DxBot.Protocol.Privacy;

namespace DxBot.Protocol.Diagnostics;

/// <summary>
/// Masks what must never reach a log in text the bot does not control (exception and API error messages, response
/// bodies): 12-digit numbers that may be a My Number, LINE user/group/room ids, bearer tokens and JWTs. Log calls
/// that take only values the bot chose need none of it; this is for the few that quote someone else's words.
/// </summary>
public static partial class LogRedaction
{
    public const string Masked = "***";

    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var masked = BearerToken().Replace(text, "Bearer " + Masked);
        masked = Jwt().Replace(masked, Masked);
        masked = LineId().Replace(masked, m => m.Value[0] + Masked);
        return MyNumberDetector.Redact(masked, Masked);
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])[UCR][0-9a-f]{32}(?![0-9a-f])")]
    private static partial Regex LineId();

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();
}
