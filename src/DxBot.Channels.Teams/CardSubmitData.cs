using System.Text.Json;

namespace DxBot.Channels.Teams;

/// <summary>
/// The data of the <c>Action.Submit</c> buttons this channel renders: <c>{"choice": "..."}</c>. Teams posts it back as the
/// activity's value (a message, or an <c>adaptiveCard/action</c> invoke with it under action.data).
/// </summary>
public sealed record CardSubmitData(string Choice)
{
    public const string ChoiceProperty = "choice";

    /// <summary>Finds the submitted choice in an activity value, if the value came from one of our buttons.</summary>
    public static string? TryReadChoice(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } root)
        {
            return null;
        }

        if (ReadChoice(root) is { } direct)
        {
            return direct;
        }

        return root.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var data)
            ? ReadChoice(data)
            : null;
    }

    private static string? ReadChoice(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(ChoiceProperty, out var choice)
        && choice.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(choice.GetString())
            ? choice.GetString()!.Trim()
            : null;
}
