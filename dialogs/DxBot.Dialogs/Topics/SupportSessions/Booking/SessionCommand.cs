using System.Globalization;
using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;

namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>
/// The messages the session buttons send (「予約する 12」, 「私の予約」…) and the staff commands. Exact forms only:
/// a resident's question about booking in their own words is a question, answered by the support dialog.
/// </summary>
public sealed partial record SessionCommand(SessionCommandKind Kind, long? SessionId)
{
    /// <summary>The TopicRequest.SubTopic that hands a command to the support-sessions dialog.</summary>
    public const string SubTopic = "session-command";

    public static SessionCommand? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = TextNormalizer.Normalize(text).Trim();
        if (normalized == TextNormalizer.Normalize(SessionStrings.MyBookingsCommand))
        {
            return new SessionCommand(SessionCommandKind.MyBookings, null);
        }

        if (normalized == TextNormalizer.Normalize(SessionStrings.SubscribeCommand))
        {
            return new SessionCommand(SessionCommandKind.Subscribe, null);
        }

        if (normalized == TextNormalizer.Normalize(SessionStrings.UnsubscribeCommand))
        {
            return new SessionCommand(SessionCommandKind.Unsubscribe, null);
        }

        if (normalized == TextNormalizer.Normalize(SessionStrings.RegisterCommand))
        {
            return new SessionCommand(SessionCommandKind.Register, null);
        }

        var match = WithNumber().Match(text.Trim());
        if (!match.Success || !long.TryParse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var kind = match.Groups["verb"].Value switch
        {
            SessionStrings.BookVerb => SessionCommandKind.Book,
            SessionStrings.CancelBookingVerb => SessionCommandKind.CancelBooking,
            SessionStrings.RemindVerb => SessionCommandKind.Remind,
            SessionStrings.ListBookingsVerb => SessionCommandKind.ListBookings,
            SessionStrings.CancelSessionVerb => SessionCommandKind.CancelSession,
            _ => (SessionCommandKind?)null,
        };
        return kind is { } k ? new SessionCommand(k, id) : null;
    }

    public static string Text(string verb, long sessionId) => $"{verb} {sessionId.ToString(CultureInfo.InvariantCulture)}";

    // Digits only (ASCII), at most 12 so no number looks like anything else; the verbs are the buttons' own.
    [GeneratedRegex(@"^(?<verb>予約する|予約を取り消す|前日にお知らせ|教室の予約一覧|教室を中止)\s*(?<id>[0-9]{1,12})$")]
    private static partial Regex WithNumber();
}
