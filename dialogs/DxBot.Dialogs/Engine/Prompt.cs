using System.Text.Json;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Engine;

/// <summary>Asks the user for a value and recognises it in the next message, as Bot Builder's Prompt&lt;T&gt;.</summary>
public abstract class Prompt<T>(string id) : Dialog(id)
{
    private const string OptionsKey = "options";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        dc.ActiveDialog!.State[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, ProtocolJson.Options);
        if (promptOptions.Prompt is { } prompt)
        {
            await dc.Context.SendActivityAsync(Decorate(prompt, promptOptions), cancellationToken).ConfigureAwait(false);
        }

        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var options = dc.ActiveDialog!.State[OptionsKey].Deserialize<PromptOptions>(ProtocolJson.Options) ?? new PromptOptions();
        var recognized = Recognize(dc.Context, options);
        if (recognized is not null)
        {
            return await dc.EndDialogAsync(recognized, cancellationToken).ConfigureAwait(false);
        }

        if (options.RetryPrompt is { } retry)
        {
            await dc.Context.SendActivityAsync(Decorate(retry, options), cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.EndOfTurn;
        }

        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The value in the user's message, or null if it is not one.</summary>
    protected abstract T? Recognize(ITurnContext turnContext, PromptOptions options);

    /// <summary>Adds what the prompt offers (choices) to the activity it sends.</summary>
    protected virtual Activity Decorate(Activity prompt, PromptOptions options) => prompt;
}
