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
}
