using System.Text.Json;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>What a resident reads in one reply or push: the texts (a Flex message's altText) and the quick reply buttons under the last one.</summary>
internal sealed record LineReply(string Text, IReadOnlyList<string> QuickReplies, string? RetryKey)
{
    public static LineReply Of(LineApiCall call)
    {
        var labels = call.Messages
            .Where(m => m.TryGetProperty("quickReply", out _))
            .SelectMany(m => m.GetProperty("quickReply").GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("action").GetProperty("label").GetString() ?? "")
            .ToList();
        return new LineReply(string.Join("\n", call.Readable), labels, call.RetryKey);
    }

    public override string ToString() => $"{Text} [{string.Join(" | ", QuickReplies)}]";
}
