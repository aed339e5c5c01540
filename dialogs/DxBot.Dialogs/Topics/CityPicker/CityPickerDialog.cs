using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Knowledge;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.CityPicker;

/// <summary>Asks which city a conversation is about (quick replies), remembers it, and hands back the question that was waiting.</summary>
public sealed class CityPickerDialog : ComponentDialog
{
    private const string PendingKey = "pending";

    private readonly IKnowledgeProvider _knowledge;
    private readonly BotAccessors _accessors;

    public CityPickerDialog(IKnowledgeProvider knowledge, BotAccessors accessors)
        : base(nameof(CityPickerDialog))
    {
        _knowledge = knowledge;
        _accessors = accessors;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskStepAsync, SaveStepAsync]));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        stepContext.Values[PendingKey] = stepContext.GetOptions<Reroute>()?.Text ?? "";
        var choices = _knowledge.Current.Base.Cities.Values
            .Select(c => new Choice(c.Name) { Synonyms = [.. c.Aliases, c.Id, c.Name.TrimEnd('市')] })
            .ToList();
        return await stepContext.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = MessageFactory.Text(CityPickerStrings.Ask),
            RetryPrompt = MessageFactory.Text(CityPickerStrings.Retry),
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var picked = (FoundChoice)stepContext.Result!;
        var city = _knowledge.Current.Base.Cities.Values.First(c => c.Name == picked.Value);
        await _accessors.RememberCityAsync(stepContext.Context, city.Id, cancellationToken).ConfigureAwait(false);

        var pending = (string?)stepContext.Values[PendingKey] ?? "";
        if (pending.Length == 0)
        {
            await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(Main.MainStrings.MenuChoices, Main.MainStrings.CityChosen(city.Name)), cancellationToken).ConfigureAwait(false);
            return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        await stepContext.Context.SendActivityAsync(MessageFactory.Text(CityPickerStrings.Chosen(city.Name)), cancellationToken).ConfigureAwait(false);
        return await stepContext.EndDialogAsync(new Reroute(pending), cancellationToken).ConfigureAwait(false);
    }
}
