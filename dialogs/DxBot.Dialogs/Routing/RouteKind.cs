namespace DxBot.Dialogs.Routing;

/// <summary>The topics the main dialog routes to.</summary>
public enum RouteKind
{
    Knowledge,
    Menu,
    Acknowledgement,
    ChangeCity,
    Admin,
    MyNumberCard,
    OnlineProcedures,
    SupportSessions,

    /// <summary>A message in English, or a follow-up in an English conversation: answered from the English layer.</summary>
    English,
}
