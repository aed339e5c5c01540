namespace DxBot.Dialogs.Engine;

/// <summary>The dialogs that can be started by id within one stack.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in the set.");
        }

        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);
}
