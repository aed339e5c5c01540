namespace DxBot.Dialogs.Answers;

/// <summary>Parts of an answer packed in order into as few messages as the length limit allows.</summary>
public static class MessagePacker
{
    /// <summary>
    /// Each message holds whole parts joined by <paramref name="separator"/>; a part that does not fit beside the ones
    /// before it starts the next message rather than being cut. A part longer than the limit is the caller's to shorten.
    /// </summary>
    public static IReadOnlyList<string> Pack(IEnumerable<string> parts, int maxLength, string separator = "\n")
    {
        var messages = new List<string>();
        var current = "";
        foreach (var part in parts)
        {
            if (current.Length > 0 && current.Length + separator.Length + part.Length > maxLength)
            {
                messages.Add(current);
                current = "";
            }

            current = current.Length == 0 ? part : current + separator + part;
        }

        if (current.Length > 0)
        {
            messages.Add(current);
        }

        return messages;
    }
}
