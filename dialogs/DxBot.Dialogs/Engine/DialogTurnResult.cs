namespace DxBot.Dialogs.Engine;

/// <summary>The outcome of running a dialog for a turn.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);
}
