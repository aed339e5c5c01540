using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>
/// What the session commands do: residents book, wait, cancel, ask for a reminder and list theirs; staff register
/// a session, list a session's bookings and cancel a session (everyone booked is told).
/// </summary>
internal sealed class SessionBookingFlow(ISessionStore sessions, ISessionNotifier? notifier, TimeProvider time)
{
    /// <summary>The most sessions shown at once; LINE's carousel takes 12.</summary>
    public const int MaxShown = 10;

    public Task<IReadOnlyList<PublishedSession>> UpcomingAsync(string cityId, CancellationToken cancellationToken) =>
        sessions.UpcomingAsync(cityId, time.GetUtcNow(), MaxShown, cancellationToken);

    public static Activity Carousel(IReadOnlyList<PublishedSession> published)
    {
        var text = string.Join("\n", [SessionStrings.UpcomingHeading, .. published.Select(SessionStrings.Line), SessionStrings.BookHint]);
        return Answers.AnswerCards.Attach(MessageFactory.Text(text), published.Select(SessionCards.Session));
    }

    public async Task RunAsync(ITurnContext turn, SessionCommand command, string cityId, CancellationToken cancellationToken)
    {
        var reply = command.Kind switch
        {
            SessionCommandKind.Register or SessionCommandKind.ListBookings or SessionCommandKind.CancelSession when !IsAdmin(turn) =>
                MessageFactory.Text(SessionStrings.NotAllowed),
            SessionCommandKind.Register => await RegisterAsync(turn, cityId, cancellationToken).ConfigureAwait(false),
            SessionCommandKind.ListBookings => await ListBookingsAsync(command.SessionId!.Value, cityId, cancellationToken).ConfigureAwait(false),
            SessionCommandKind.CancelSession => await CancelSessionAsync(command.SessionId!.Value, cityId, cancellationToken).ConfigureAwait(false),
            _ when UserOf(turn) is null => MessageFactory.Text(SessionStrings.GroupNotAllowed),
            SessionCommandKind.Book => await BookAsync(command.SessionId!.Value, cityId, UserOf(turn)!, cancellationToken).ConfigureAwait(false),
            SessionCommandKind.CancelBooking => await CancelBookingAsync(command.SessionId!.Value, cityId, UserOf(turn)!, cancellationToken).ConfigureAwait(false),
            SessionCommandKind.Remind => await RemindAsync(command.SessionId!.Value, cityId, UserOf(turn)!, cancellationToken).ConfigureAwait(false),
            SessionCommandKind.Subscribe => MessageFactory.Text(await sessions.SubscribeAsync(cityId, UserOf(turn)!, cancellationToken).ConfigureAwait(false)
                ? SessionStrings.Subscribed
                : SessionStrings.AlreadySubscribed),
            SessionCommandKind.Unsubscribe => MessageFactory.Text(await sessions.UnsubscribeAsync(cityId, UserOf(turn)!, cancellationToken).ConfigureAwait(false)
                ? SessionStrings.Unsubscribed
                : SessionStrings.NotSubscribed),
            _ => await MineAsync(cityId, UserOf(turn)!, cancellationToken).ConfigureAwait(false),
        };
        await turn.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsAdmin(ITurnContext turn) => turn.TurnState.TryGetValue(TurnStateKeys.IsAdmin, out var flag) && flag is true;

    /// <summary>Only a 1:1 chat books: a booking is one person's, and its notices go to that person.</summary>
    private static BookingUser? UserOf(ITurnContext turn)
    {
        var activity = turn.Activity;
        return activity.Conversation?.IsGroup == true || string.IsNullOrEmpty(activity.From?.Id) || string.IsNullOrEmpty(activity.ChannelId)
            ? null
            : new BookingUser(activity.ChannelId, activity.From.Id);
    }

    private async Task<PublishedSession?> FindAsync(long sessionId, string cityId, CancellationToken cancellationToken) =>
        await sessions.FindAsync(sessionId, cancellationToken).ConfigureAwait(false) is { } found && found.CityId == cityId ? found : null;

    private async Task<Activity> BookAsync(long sessionId, string cityId, BookingUser user, CancellationToken cancellationToken)
    {
        if (await FindAsync(sessionId, cityId, cancellationToken).ConfigureAwait(false) is null)
        {
            return MessageFactory.Text(SessionStrings.NotFound);
        }

        var result = await sessions.BookAsync(sessionId, user, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var session = result.Session!;
        return result.Outcome switch
        {
            BookingOutcomeKind.Booked => WithActions(SessionStrings.Booked(session), session.Id, remind: true),
            BookingOutcomeKind.Waiting => WithActions(SessionStrings.Waiting(session, result.WaitingPosition), session.Id, remind: true),
            BookingOutcomeKind.AlreadyBooked => WithActions(SessionStrings.AlreadyBooked(session), session.Id, remind: false),
            BookingOutcomeKind.AlreadyWaiting => WithActions(SessionStrings.AlreadyWaiting(session), session.Id, remind: false),
            BookingOutcomeKind.NotOpen => MessageFactory.Text(SessionStrings.NotOpen),
            _ => MessageFactory.Text(SessionStrings.NotFound),
        };
    }

    private static Activity WithActions(string text, long sessionId, bool remind) => MessageFactory.Text(text) with
    {
        SuggestedActions = new SuggestedActions(
        [
            .. remind ? [SessionCards.Action(SessionStrings.RemindButton, SessionStrings.RemindVerb, sessionId)] : Array.Empty<CardAction>(),
            SessionCards.Action(SessionStrings.CancelButton, SessionStrings.CancelBookingVerb, sessionId),
            CardAction.ImBack(SessionStrings.MyBookingsCommand),
        ]),
    };

    private async Task<Activity> CancelBookingAsync(long sessionId, string cityId, BookingUser user, CancellationToken cancellationToken)
    {
        if (await FindAsync(sessionId, cityId, cancellationToken).ConfigureAwait(false) is null)
        {
            return MessageFactory.Text(SessionStrings.NothingToCancel);
        }

        var result = await sessions.CancelBookingAsync(sessionId, user, cancellationToken).ConfigureAwait(false);
        if (!result.Cancelled)
        {
            return MessageFactory.Text(SessionStrings.NothingToCancel);
        }

        if (result.Promoted is { } promoted && notifier is not null)
        {
            await notifier.NotifyAsync(cityId, promoted.User, SessionStrings.Promoted(result.Session!), SessionNotices.RetryKey(SessionNotices.Promoted, promoted.Id), cancellationToken)
                .ConfigureAwait(false);
        }

        return MessageFactory.Text(SessionStrings.CancelledBooking(result.Session!));
    }

    private async Task<Activity> RemindAsync(long sessionId, string cityId, BookingUser user, CancellationToken cancellationToken)
    {
        var found = await FindAsync(sessionId, cityId, cancellationToken).ConfigureAwait(false) is not null
            && await sessions.SetReminderAsync(sessionId, user, reminder: true, cancellationToken).ConfigureAwait(false);
        return MessageFactory.Text(found ? SessionStrings.ReminderOn : SessionStrings.NothingToCancel);
    }

    private async Task<Activity> MineAsync(string cityId, BookingUser user, CancellationToken cancellationToken)
    {
        var mine = await sessions.BookingsOfAsync(cityId, user, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (mine.Count == 0)
        {
            return MessageFactory.Text(SessionStrings.NoBookings);
        }

        var text = string.Join("\n", [SessionStrings.MyBookingsHeading, .. mine.Select(m => SessionStrings.BookingLine(m.Session, m.Booking))]);
        return Answers.AnswerCards.Attach(MessageFactory.Text(text), mine.Take(MaxShown).Select(m => SessionCards.Booking(m.Session, m.Booking)));
    }

    private async Task<Activity> RegisterAsync(ITurnContext turn, string cityId, CancellationToken cancellationToken)
    {
        if (!SessionForm.IsSubmission(turn.Activity.Value))
        {
            return MessageFactory.Attachment(SessionForm.Card());
        }

        var (session, problems) = SessionForm.Read(turn.Activity.Value, cityId, time.GetUtcNow());
        if (session is null)
        {
            return MessageFactory.Text(SessionStrings.FormProblems(problems));
        }

        var published = await sessions.PublishAsync(session, cancellationToken).ConfigureAwait(false);
        var text = SessionStrings.Registered(published);
        if (notifier is not null)
        {
            text += "\n" + SessionStrings.Announced(await SessionAnnouncer.AnnounceAsync(sessions, notifier, cityId, [published], cancellationToken).ConfigureAwait(false));
        }

        return MessageFactory.Text(text);
    }

    private async Task<Activity> ListBookingsAsync(long sessionId, string cityId, CancellationToken cancellationToken)
    {
        if (await FindAsync(sessionId, cityId, cancellationToken).ConfigureAwait(false) is not { } session)
        {
            return MessageFactory.Text(SessionStrings.NotFound);
        }

        var bookings = await sessions.BookingsForAsync(sessionId, cancellationToken).ConfigureAwait(false);
        return MessageFactory.Text(string.Join("\n", [SessionStrings.BookingsHeading(session), .. bookings.Select((b, i) => SessionStrings.StaffBookingLine(i + 1, b))]));
    }

    private async Task<Activity> CancelSessionAsync(long sessionId, string cityId, CancellationToken cancellationToken)
    {
        if (await FindAsync(sessionId, cityId, cancellationToken).ConfigureAwait(false) is not { } session)
        {
            return MessageFactory.Text(SessionStrings.NotFound);
        }

        var (sent, failed) = await SessionCancellation.CancelAndNotifyAsync(sessions, notifier, session, cancellationToken).ConfigureAwait(false) ?? (0, 0);
        return MessageFactory.Text(SessionStrings.SessionCancelled(session, sent, failed));
    }
}
