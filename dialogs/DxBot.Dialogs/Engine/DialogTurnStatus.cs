namespace DxBot.Dialogs.Engine;

/// <summary>Where a dialog stack stands after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog is active.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog finished this turn.</summary>
    Complete,

    /// <summary>The dialog was cancelled.</summary>
    Cancelled,
}
