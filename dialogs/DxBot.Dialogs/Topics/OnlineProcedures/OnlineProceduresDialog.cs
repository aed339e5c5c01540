using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.OnlineProcedures;

/// <summary>
/// "Can I do this online, and where?": with a procedure named, what the city's plan says about it; without one,
/// the city's overall statement and then which procedure (the next message continues the topic).
/// </summary>
public sealed class OnlineProceduresDialog : ComponentDialog
{
    private readonly IKnowledgeProvider _knowledge;
    private readonly DialogOptions _options;

    public OnlineProceduresDialog(IKnowledgeProvider knowledge, DialogOptions options)
        : base(nameof(OnlineProceduresDialog))
    {
        _knowledge = knowledge;
        _options = options;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [ProcedureStepAsync, AnswerStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
    }

    private async Task<DialogTurnResult> ProcedureStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<TopicRequest>()!;
        if (request.ProcedureId is { } procedureId)
        {
            return await stepContext.NextAsync(procedureId, cancellationToken).ConfigureAwait(false);
        }

        await stepContext.Context.SendActivityAsync(MessageFactory.Text(Overview(request.CityId)), cancellationToken).ConfigureAwait(false);
        return await stepContext.PromptAsync(nameof(TextPrompt), new PromptOptions
        {
            Prompt = MessageFactory.SuggestedActions(OnlineProceduresStrings.ExampleProcedures, OnlineProceduresStrings.AskProcedure),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<TopicRequest>()!;
        var knowledge = _knowledge.Current.Base;
        var answer = stepContext.Result as string ?? "";
        var procedure = knowledge.Procedures.FirstOrDefault(p => p.Id == answer)
            ?? TopicRouter.FindProcedure(TextNormalizer.Normalize(answer), knowledge);
        if (procedure is null)
        {
            // Not a procedure of the list: let the main dialog search for whatever it is.
            return await stepContext.EndDialogAsync(new Reroute(answer), cancellationToken).ConfigureAwait(false);
        }

        await stepContext.Context.SendActivityAsync(
            MessageFactory.SuggestedActions(OnlineProceduresStrings.ExampleProcedures.Where(p => !procedure.Name.Contains(p, StringComparison.Ordinal)).Take(4), Describe(procedure, request.CityId)),
            cancellationToken).ConfigureAwait(false);
        return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private string Overview(string cityId)
    {
        var knowledge = _knowledge.Current.Base;
        var city = knowledge.Cities[cityId];
        var national = OnlineProceduresStrings.NationalList(
            knowledge.Procedures.Count,
            knowledge.Procedures.GroupBy(p => p.Category).Select(g => (g.Key, g.Count())));
        var overview = knowledge.CityProcedures.FirstOrDefault(r => r.CityId == cityId && r.IsOverview);
        if (overview is null)
        {
            return $"{national}\n{AnswerFormatter.SourcePrefix}{OnlineProceduresStrings.NationalSource}";
        }

        return $"【{city.Name}のオンライン手続き】\n{AnswerFormatter.Shorten(overview.Note ?? "", _options.MaxAnswerLength)}\n{national}\n" +
               $"{AnswerFormatter.SourcePrefix}{overview.Source}";
    }

    private string Describe(Procedure procedure, string cityId)
    {
        var knowledge = _knowledge.Current.Base;
        var city = knowledge.Cities[cityId];
        var row = knowledge.CityProcedures.FirstOrDefault(r => r.CityId == cityId && r.ProcedureId == procedure.Id);
        var contact = city.ContactFor("procedures");
        var office = contact is null ? $"{city.Name}の担当窓口" : $"{city.Name} {contact.Department}" + (contact.Phone is { } phone ? $"（電話 {phone}）" : "");

        var lines = new List<string>();
        string source;
        if (row is null || row.Status == ProcedureStatus.Unknown)
        {
            lines.Add(OnlineProceduresStrings.NationalOnly(procedure, city.Name));
            if (row?.Note is { Length: > 0 } unknownNote)
            {
                lines.Add(AnswerFormatter.Shorten(unknownNote, _options.MaxAnswerLength / 2));
            }

            source = row?.Source.ToString() ?? OnlineProceduresStrings.NationalSource;
        }
        else
        {
            lines.Add(AnswerFormatter.Shorten(ProcedureSentence.Describe(row with { Name = procedure.Name }), _options.MaxAnswerLength));
            if (row.Status == ProcedureStatus.Planned)
            {
                lines.Add(OnlineProceduresStrings.PlannedCaveat);
            }

            source = row.Source.ToString();
        }

        if (procedure.IsPrefectural)
        {
            lines.Add(OnlineProceduresStrings.Prefectural);
        }

        lines.Add(OnlineProceduresStrings.CheckWith(office));
        return $"【{procedure.Name}】\n" + string.Join("\n", lines) + $"\n{AnswerFormatter.SourcePrefix}{source}";
    }
}
