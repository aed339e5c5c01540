using System.Globalization;
using System.Text;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Engine;

/// <summary>
/// Asks the user to pick one of a few choices, offered as suggested actions (quick replies).
/// A message matches a choice by its value, one of its synonyms (contained in the message) or its number.
/// </summary>
public sealed class ChoicePrompt(string id) : Prompt<FoundChoice>(id)
{
    // A synonym counts when the message is at most this many times its length.
    private const int MinSynonymShare = 3;

    protected override FoundChoice? Recognize(ITurnContext turnContext, PromptOptions options)
    {
        var text = Normalize(turnContext.Activity.Text);
        if (text.Length == 0)
        {
            return null;
        }

        for (var i = 0; i < options.Choices.Count; i++)
        {
            if (Normalize(options.Choices[i].Value) == text)
            {
                return new FoundChoice(options.Choices[i].Value, i);
            }
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= options.Choices.Count)
        {
            return new FoundChoice(options.Choices[number - 1].Value, number - 1);
        }

        // The longest synonym found wins, so 「暗証番号の再設定」 is not taken for a shorter, looser word. A synonym must
        // be a fair share of the message: in 「対馬でもコンビニで証明書出せるの？」 コンビニ is part of a new question, not
        // a pick from the menu, and the dialog hands such a message back to be routed as one.
        FoundChoice? best = null;
        var bestLength = 0;
        for (var i = 0; i < options.Choices.Count; i++)
        {
            foreach (var word in options.Choices[i].Synonyms.Append(options.Choices[i].Value))
            {
                var normalized = Normalize(word);
                if (normalized.Length > bestLength && normalized.Length * MinSynonymShare >= text.Length && text.Contains(normalized, StringComparison.Ordinal))
                {
                    best = new FoundChoice(options.Choices[i].Value, i);
                    bestLength = normalized.Length;
                }
            }
        }

        return best;
    }

    protected override Activity Decorate(Activity prompt, PromptOptions options) => prompt with
    {
        SuggestedActions = new SuggestedActions(options.Choices.Select(c => CardAction.ImBack(c.Value)).ToList()),
    };

    private static string Normalize(string? text) =>
        (text ?? "").Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();
}
