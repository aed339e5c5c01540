using System.Text.Json;
using System.Text.Json.Nodes;

namespace DxBot.Dialogs.Engine;

/// <summary>
/// A dialog made of inner dialogs (a waterfall and its prompts) with its own stack kept in its state,
/// as Bot Builder's ComponentDialog: each topic dialog derives from it.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private const string InnerStackKey = "dialogs";

    private readonly DialogSet _dialogs = new();

    protected string? InitialDialogId { get; set; }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Context.ReportHandledBy(Id);
        var (inner, innerState) = CreateInnerContext(dc);
        var result = await inner.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no dialogs."), options, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(dc, innerState, result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Context.ReportHandledBy(Id);
        var (inner, innerState) = CreateInnerContext(dc);
        var result = await inner.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(dc, innerState, result, cancellationToken).ConfigureAwait(false);
    }

    private (DialogContext Inner, DialogState State) CreateInnerContext(DialogContext dc)
    {
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("No active dialog.");
        var state = instance.State[InnerStackKey]?.Deserialize<DialogState>() ?? new DialogState();
        return (new DialogContext(_dialogs, dc.Context, state, dc), state);
    }

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext dc, DialogState innerState, DialogTurnResult result, CancellationToken cancellationToken)
    {
        if (result.Status == DialogTurnStatus.Waiting)
        {
            dc.ActiveDialog!.State[InnerStackKey] = JsonSerializer.SerializeToNode(innerState);
            return result;
        }

        return await dc.EndDialogAsync(result.Result, cancellationToken).ConfigureAwait(false);
    }
}
