using System.Text.Json.Nodes;

namespace DxBot.Dialogs.Engine;

/// <summary>What a waterfall step sees: the previous step's result, the dialog's options and values.</summary>
public sealed class WaterfallStepContext(DialogContext dc, WaterfallDialog waterfall, int index, object? result, JsonObject state)
{
    public DialogContext DialogContext { get; } = dc;

    public Protocol.Builder.ITurnContext Context => DialogContext.Context;

    public int Index { get; } = index;

    /// <summary>The result of the previous step's prompt or child dialog (null if none or not recognised).</summary>
    public object? Result { get; } = result;

    /// <summary>Values the steps keep between turns (persisted with the dialog).</summary>
    public JsonObject Values => state["values"] as JsonObject ?? (JsonObject)(state["values"] = new JsonObject());

    public T? GetOptions<T>() => state["options"] is { } node ? WaterfallOptions.Read<T>(node) : default;

    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default) =>
        waterfall.RunStepAsync(DialogContext, Index + 1, result, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        DialogContext.EndDialogAsync(result, cancellationToken);
}
