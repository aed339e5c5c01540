using DxBot.Dialogs.State;
using DxBot.Protocol.Builder;

namespace DxBot.Dialogs.Engine;

/// <summary>Runs a root dialog for a turn: continue the active one, or begin it, as Bot Builder's DialogExtensions.</summary>
public static class DialogExtensions
{
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken)
    {
        var state = await accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        var dialogs = new DialogSet().Add(dialog);
        var dc = new DialogContext(dialogs, turnContext, state);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
