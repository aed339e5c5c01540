namespace DxBot.Dialogs.Engine;

/// <summary>The persisted dialog stack of a conversation (top of the stack first).</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
