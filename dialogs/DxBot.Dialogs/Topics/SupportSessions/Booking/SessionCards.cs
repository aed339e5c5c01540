using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>Sessions and bookings as answer cards: LINE draws them as a carousel, other channels read the text beside them.</summary>
public static class SessionCards
{
    public static AnswerCard Session(PublishedSession session) => new(SessionStrings.Title(session))
    {
        Badge = session.SeatsLeft > 0
            ? new AnswerCardBadge($"残り{session.SeatsLeft}席", AnswerCardTone.Positive)
            : new AnswerCardBadge("満席・キャンセル待ち", AnswerCardTone.Planned),
        Facts = Facts(session),
        Buttons =
        [
            new CardAction(ActionTypes.PostBack, session.SeatsLeft > 0 ? SessionStrings.BookButton : SessionStrings.WaitButton, SessionCommand.Text(SessionStrings.BookVerb, session.Id))
            {
                DisplayText = session.SeatsLeft > 0 ? SessionStrings.BookButton : SessionStrings.WaitButton,
            },
        ],
    };

    public static AnswerCard Booking(PublishedSession session, SessionBooking booking) => new(SessionStrings.Title(session))
    {
        Badge = booking.State == BookingState.Booked
            ? new AnswerCardBadge("予約済み", AnswerCardTone.Positive)
            : new AnswerCardBadge("キャンセル待ち", AnswerCardTone.Planned),
        Facts = Facts(session),
        Buttons =
        [
            .. booking.Reminder ? Array.Empty<CardAction>() : [Action(SessionStrings.RemindButton, SessionStrings.RemindVerb, session.Id)],
            Action(SessionStrings.CancelButton, SessionStrings.CancelBookingVerb, session.Id),
        ],
    };

    public static CardAction Action(string title, string verb, long sessionId) =>
        new(ActionTypes.PostBack, title, SessionCommand.Text(verb, sessionId)) { DisplayText = title };

    private static List<AnswerCardFact> Facts(PublishedSession session)
    {
        var facts = new List<AnswerCardFact>
        {
            new("日時", SessionStrings.When(session)),
            new("会場", session.Venue),
            new("定員", SessionStrings.Seats(session)),
        };
        if (session.Fee is { Length: > 0 } fee)
        {
            facts.Add(new("参加費", fee));
        }

        if (session.Bring is { Length: > 0 } bring)
        {
            facts.Add(new("持ち物", bring));
        }

        if (session.HowToApply is { Length: > 0 } apply)
        {
            facts.Add(new("申込方法", apply));
        }

        return facts;
    }
}
