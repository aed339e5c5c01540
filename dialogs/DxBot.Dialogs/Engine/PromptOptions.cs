using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Engine;

/// <summary>What a prompt asks and offers.</summary>
public sealed record PromptOptions
{
    public Activity? Prompt { get; init; }

    /// <summary>Sent when the answer is not understood; without it the prompt ends with a null result,
    /// so the caller can treat the message as a new question instead of insisting.</summary>
    public Activity? RetryPrompt { get; init; }

    public IReadOnlyList<Choice> Choices { get; init; } = [];
}
