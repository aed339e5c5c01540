using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DxBot.Dialogs.Engine;

/// <summary>
/// A waterfall's options as its steps read them. They are saved with the dialog state as JSON; the step that reads them
/// in the turn the dialog began (a topic dialog's first step, every answered question) read them back from that JSON,
/// a serialization and a parse per turn for the options it had just been given. The options given are kept beside
/// their JSON node for as long as the node lives, and a step asking for them as their own type gets them: the options
/// are records of names, ids, numbers and lists, never changed after they are given, which the JSON gives back equal.
/// A later turn reads the state from storage, whose nodes are new: those are read from the JSON as before.
/// </summary>
internal static class WaterfallOptions
{
    private static readonly ConditionalWeakTable<JsonNode, object> Given = [];

    /// <summary>The options as the JSON saved with the state, remembered beside it.</summary>
    public static JsonNode? Keep(object options)
    {
        var node = JsonSerializer.SerializeToNode(options, options.GetType());
        if (node is not null)
        {
            Given.AddOrUpdate(node, options);
        }

        return node;
    }

    /// <summary>The options given with this node when asked for as their own type; otherwise read from the JSON.</summary>
    public static T? Read<T>(JsonNode node) =>
        Given.TryGetValue(node, out var given) && given is T options && given.GetType() == typeof(T) ? options : node.Deserialize<T>();
}
