using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>
/// The retry key of a notice: the same for the same notice about the same booking, so that a notice sent again
/// (a retry, or a second instance after a crash) is delivered by LINE once (X-Line-Retry-Key).
/// </summary>
public static class SessionNotices
{
    public const string Reminder = "reminder";
    public const string Promoted = "promoted";
    public const string SessionCancelled = "session-cancelled";

    public static Guid RetryKey(string kind, long bookingId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"dxbot-session-notice:{kind}:{bookingId.ToString(CultureInfo.InvariantCulture)}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        // A version-4-shaped UUID, as LINE expects a UUID.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
