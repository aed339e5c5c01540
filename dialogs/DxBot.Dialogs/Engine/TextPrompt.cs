using DxBot.Protocol.Builder;

namespace DxBot.Dialogs.Engine;

/// <summary>Asks for free text; any non-empty message is the answer.</summary>
public sealed class TextPrompt(string id) : Prompt<string>(id)
{
    protected override string? Recognize(ITurnContext turnContext, PromptOptions options) =>
        string.IsNullOrWhiteSpace(turnContext.Activity.Text) ? null : turnContext.Activity.Text.Trim();
}
