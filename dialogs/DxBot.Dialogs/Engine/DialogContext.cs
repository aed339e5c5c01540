using DxBot.Protocol.Builder;

namespace DxBot.Dialogs.Engine;

/// <summary>Runs the dialogs of one stack for the current turn, as Bot Builder's DialogContext.</summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext context, DialogState state, DialogContext? parent = null)
{
    public ITurnContext Context { get; } = context;

    public DialogSet Dialogs { get; } = dialogs;

    /// <summary>The enclosing component's context, if this stack belongs to a component dialog.</summary>
    public DialogContext? Parent { get; } = parent;

    public IReadOnlyList<DialogInstance> Stack => state.DialogStack;

    public DialogInstance? ActiveDialog => state.DialogStack.Count > 0 ? state.DialogStack[0] : null;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = Dialogs.Find(dialogId) ?? throw new InvalidOperationException($"Dialog '{dialogId}' is not in the set.");
        state.DialogStack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins a prompt: the same as BeginDialogAsync, named as in Bot Builder.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = Dialogs.Find(active.Id);
        if (dialog is null)
        {
            // A stack saved by an older version may name a dialog that no longer exists: start afresh.
            state.DialogStack.Clear();
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (state.DialogStack.Count > 0)
        {
            state.DialogStack.RemoveAt(0);
        }

        if (ActiveDialog is { } parentInstance && Dialogs.Find(parentInstance.Id) is { } parentDialog)
        {
            return await parentDialog.ResumeDialogAsync(this, result, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        if (state.DialogStack.Count > 0)
        {
            state.DialogStack.RemoveAt(0);
        }

        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        var hadDialogs = state.DialogStack.Count > 0;
        state.DialogStack.Clear();
        return Task.FromResult(new DialogTurnResult(hadDialogs ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty));
    }
}
