using System.Globalization;

namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>What the bot says about published sessions and bookings, to residents and to staff.</summary>
public static class SessionStrings
{
    public const string BookVerb = "予約する";
    public const string CancelBookingVerb = "予約を取り消す";
    public const string RemindVerb = "前日にお知らせ";
    public const string ListBookingsVerb = "教室の予約一覧";
    public const string CancelSessionVerb = "教室を中止";
    public const string MyBookingsCommand = "私の予約";
    public const string RegisterCommand = "教室を登録";
    public const string SubscribeCommand = "教室のお知らせ";
    public const string UnsubscribeCommand = "教室のお知らせを停止";

    public const string Subscribed = "新しい教室の予約が始まったら、このトークでお知らせします。お知らせを止めるときは「教室のお知らせを停止」とお送りください。";
    public const string AlreadySubscribed = "すでに教室のお知らせをお送りする設定になっています。止めるときは「教室のお知らせを停止」とお送りください。";
    public const string Unsubscribed = "教室のお知らせを停止しました。";
    public const string NotSubscribed = "教室のお知らせは、もともと届かない設定です。";

    public static string Announcement(IReadOnlyList<PublishedSession> sessions) =>
        "【教室のお知らせ】新しい教室の予約を受け付けています。\n" + string.Join("\n", sessions.Select(Line)) +
        "\n予約は「スマホ教室」とお送りください。お知らせを止めるときは「教室のお知らせを停止」とお送りください。";

    public static string Announced(AnnouncementResult result) => result switch
    {
        { Subscribers: 0 } => "お知らせを希望している方はまだいません。",
        { QuotaExceeded: true } => $"今月の送信上限に近いため、お知らせを希望している{result.Subscribers}人へのお知らせは送りませんでした。",
        _ => $"お知らせを希望している{result.Subscribers}人のうち{result.Sent}人にお知らせしました。",
    };

    public const string BookButton = "予約する";
    public const string WaitButton = "キャンセル待ちで予約";
    public const string CancelButton = "予約を取り消す";
    public const string RemindButton = "前日にお知らせを受け取る";

    public const string UpcomingHeading = "■予約できる教室";

    public const string BookHint = "予約するには、教室の「予約する」ボタンを押してください（文字で送るときは「予約する 番号」）。";

    public const string Sample = "（サンプル）";

    public const string GroupNotAllowed = "教室の予約は、DxBotとの1対1のトークでお受けしています。";

    public const string Unavailable = "申し訳ありません。ただいま教室の予約をお受けできません。時間をおいてもう一度お試しください。";

    public const string NotFound = "その番号の教室は見つかりませんでした。「スマホ教室」とお送りいただくと、予約できる教室をご案内します。";

    public const string NotOpen = "この教室はすでに始まったか、中止になったため、予約をお受けできません。";

    public const string NoBookings = "現在、ご予約はありません。「スマホ教室」とお送りいただくと、予約できる教室をご案内します。";

    public const string NothingToCancel = "取り消すご予約が見つかりませんでした。";

    public const string MyBookingsHeading = "【ご予約中の教室】";

    public const string NotAllowed = "この操作は管理者のみ実行できます。";

    public const string FormTitle = "教室を登録";

    public const string FormSubmit = "登録する";

    public static string When(PublishedSession session)
    {
        var start = session.Start.ToOffset(JapanOffset);
        var day = "日月火水木金土"[(int)start.DayOfWeek];
        var end = session.End is { } e ? "〜" + e.ToOffset(JapanOffset).ToString("H:mm", CultureInfo.InvariantCulture) : "〜";
        return $"{start.Month}月{start.Day}日({day}) {start.ToString("H:mm", CultureInfo.InvariantCulture)}{end}";
    }

    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public static string Title(PublishedSession session) => session.Programme + (session.IsSample ? Sample : string.Empty);

    public static string Seats(PublishedSession session) =>
        session.SeatsLeft > 0 ? $"残り{session.SeatsLeft}席（定員{session.Capacity}人）" : $"満席（定員{session.Capacity}人・キャンセル待ち{session.Waiting}人）";

    public static string Line(PublishedSession session) =>
        $"・［{session.Id}］{When(session)} {Title(session)}／{session.Venue} {Seats(session)}" + (session.Fee is { Length: > 0 } fee ? $" 参加費: {fee}" : string.Empty);

    public static string Booked(PublishedSession session) =>
        $"{Title(session)}（{When(session)}）のご予約を承りました。当日は{session.Venue}へお越しください。" +
        (session.Bring is { Length: > 0 } bring ? $"持ち物: {bring}。" : string.Empty) +
        "\n前日にお知らせを受け取るときは「前日にお知らせを受け取る」を、ご都合が悪くなったときは「予約を取り消す」を選んでください。";

    public static string Waiting(PublishedSession session, int position) =>
        $"{Title(session)}（{When(session)}）は満席のため、キャンセル待ち（{position}番目）で承りました。" +
        "繰り上がったときは、このトークでお知らせします。";

    public static string AlreadyBooked(PublishedSession session) => $"{Title(session)}（{When(session)}）は、すでにご予約いただいています。";

    public static string AlreadyWaiting(PublishedSession session) => $"{Title(session)}（{When(session)}）は、すでにキャンセル待ちで承っています。";

    public static string CancelledBooking(PublishedSession session) => $"{Title(session)}（{When(session)}）のご予約を取り消しました。";

    public const string ReminderOn = "教室の前日に、このトークでお知らせします。";

    public static string Promoted(PublishedSession session) =>
        $"キャンセルが出たため、{Title(session)}（{When(session)}・{session.Venue}）のご予約が確定しました。" +
        "ご都合が悪くなったときは「私の予約」から取り消してください。";

    public static string Reminder(PublishedSession session) =>
        $"明日は{Title(session)}です。\n日時: {When(session)}\n会場: {session.Venue}" +
        (session.Bring is { Length: > 0 } bring ? $"\n持ち物: {bring}" : string.Empty) +
        "\nご都合が悪くなったときは「私の予約」から取り消してください。";

    public static string SessionCancelledNotice(PublishedSession session) =>
        $"申し訳ありません。{When(session)}の{Title(session)}（{session.Venue}）は中止になりました。ご予約は取り消されています。";

    public static string BookingLine(PublishedSession session, SessionBooking booking) =>
        $"・［{session.Id}］{When(session)} {Title(session)}／{session.Venue}（{(booking.State == BookingState.Booked ? "予約済み" : "キャンセル待ち")}" +
        (booking.Reminder ? "・前日にお知らせ" : string.Empty) + "）";

    // Staff
    public static string Registered(PublishedSession session) =>
        $"教室を登録しました（番号 {session.Id}）。\n{Line(session)}\n住民の方にはすぐにご案内されます。";

    public static string FormProblems(IEnumerable<string> problems) => "登録できませんでした。次の点をご確認ください。\n" + string.Join("\n", problems.Select(p => "・" + p));

    public static string BookingsHeading(PublishedSession session) =>
        $"【予約一覧】［{session.Id}］{When(session)} {Title(session)}／{session.Venue}\n予約 {session.Booked}/{session.Capacity}人、キャンセル待ち {session.Waiting}人" +
        (session.Cancelled ? "（中止済み）" : string.Empty);

    public static string StaffBookingLine(int number, SessionBooking booking) =>
        $"{number}. {(booking.State == BookingState.Booked ? "予約" : "キャンセル待ち")} {booking.CreatedAt.ToOffset(JapanOffset).ToString("M/d H:mm", CultureInfo.InvariantCulture)}受付" +
        (booking.Reminder ? "・前日のお知らせあり" : string.Empty);

    public static string SessionCancelled(PublishedSession session, int told, int failed) =>
        $"［{session.Id}］{When(session)} {Title(session)}を中止にしました。ご予約の{told + failed}人のうち{told}人にお知らせしました。" +
        (failed > 0 ? $"{failed}人には送れなかったため、別の方法でご連絡ください。" : string.Empty);
}
