using System.Text.Json.Nodes;

namespace DxBot.Dialogs.Engine;

/// <summary>One entry of the dialog stack: which dialog, and its persisted state.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";

    public JsonObject State { get; set; } = [];
}
