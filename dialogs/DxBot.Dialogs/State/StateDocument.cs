using System.Text.Json;
using System.Text.Json.Nodes;

namespace DxBot.Dialogs.State;

/// <summary>
/// A state's stored document for one turn: as parsed UTF-8 (<see cref="Stored"/>, from an
/// <see cref="IUtf8DocumentStorage"/>; <c>default</c> when there was none) with the properties removed this turn, or as
/// the <see cref="JsonObject"/> any other storage gave.
/// </summary>
internal sealed class StateDocument
{
    private HashSet<string>? _removed;

    public StateDocument(JsonElement stored) => Stored = stored;

    public StateDocument(JsonObject node) => Node = node;

    public JsonElement Stored { get; }

    public JsonObject? Node { get; }

    public bool IsRemoved(string property) => _removed?.Contains(property) == true;

    public void Remove(string property)
    {
        Node?.Remove(property);
        (_removed ??= new HashSet<string>(StringComparer.Ordinal)).Add(property);
    }
}
