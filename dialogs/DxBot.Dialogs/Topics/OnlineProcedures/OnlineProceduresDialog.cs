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
        if (request.ProcedureIds is { Count: > 0 } procedureIds)
        {
            return await stepContext.NextAsync(procedureIds, cancellationToken).ConfigureAwait(false);
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
        var procedures = stepContext.Result switch
        {
            IReadOnlyList<string> ids => knowledge.Procedures.Where(p => ids.Contains(p.Id)).ToList(),
            string answer => TopicRouter.FindProcedures(TextNormalizer.Normalize(answer), knowledge),
            _ => [],
        };
        if (procedures.Count == 0)
        {
            var overview = knowledge.CityProcedures.FirstOrDefault(r => r.CityId == request.CityId && r.IsOverview) is { } overviewRow ? EntryOf(overviewRow) : null;
            if (stepContext.Result is string asked && AsksWhichOnes(TextNormalizer.Normalize(asked)) && PlannedList(request.CityId) is { } list)
            {
                // 「どんな手続きですか？」 to the question which procedure: the plan's procedures, by field, are the answer.
                await stepContext.Context.SendActivityAsync(MessageFactory.SuggestedActions(OnlineProceduresStrings.ExampleProcedures.Take(4), list), cancellationToken).ConfigureAwait(false);
                return await stepContext.EndDialogAsync(overview is null ? null : new AnsweredEntry(overview.Title, overview.Id), cancellationToken).ConfigureAwait(false);
            }

            // Not a procedure of the list: let the main dialog search for whatever it is, as a possible follow-up on the
            // overview just shown.
            return await stepContext.EndDialogAsync(new Reroute(stepContext.Result as string ?? "", overview?.Id), cancellationToken).ConfigureAwait(false);
        }

        var text = procedures.Count == 1 ? Describe(procedures[0], request.CityId) : DescribeGroup(procedures, request.CityId);
        var next = OnlineProceduresStrings.ExampleProcedures.Where(p => !text.Contains(p, StringComparison.Ordinal)).Take(4);
        var reply = AnswerCards.Attach(MessageFactory.SuggestedActions(next, text), Cards(text, procedures, request.CityId));
        await stepContext.Context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        // One procedure's answer is that procedure's entry: a follow-up (「いつから？」) is about it.
        var row = procedures.Count == 1 ? knowledge.CityProcedures.FirstOrDefault(r => r.CityId == request.CityId && r.ProcedureId == procedures[0].Id) : null;
        return await stepContext.EndDialogAsync(row is not null && EntryOf(row) is { } entry ? new AnsweredEntry(entry.Title, entry.Id) : null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The knowledge entry a row of the city's procedures was indexed as.</summary>
    private KnowledgeEntry? EntryOf(CityProcedure row) =>
        _knowledge.Current.Base.Entries.FirstOrDefault(e => e.CityId == row.CityId && e.Topic == KnowledgeTopics.Procedure && e.Title == row.Name);

    /// <summary>
    /// The answer as a card: the plan's status as a badge when all the procedures share one, and a link where the
    /// knowledge says where it is done (ぴったりサービス, or the city's 電子申請 page when its contact has the address).
    /// </summary>
    private IEnumerable<AnswerCard> Cards(string text, IReadOnlyList<Procedure> procedures, string cityId)
    {
        var knowledge = _knowledge.Current.Base;
        var rows = procedures.Select(p => knowledge.CityProcedures.FirstOrDefault(r => r.CityId == cityId && r.ProcedureId == p.Id)).ToList();
        var statuses = rows.Select(r => r?.Status ?? ProcedureStatus.Unknown).Distinct().ToList();
        var buttons = new List<CardAction>();
        var via = string.Join(" ", rows.Select(r => r?.Via).OfType<string>());
        if (via.Contains("ぴったりサービス", StringComparison.Ordinal) || via.Contains("マイナポータル", StringComparison.Ordinal))
        {
            buttons.Add(new CardAction(ActionTypes.OpenUrl, AnswerCardStrings.PittariButton, OnlineProceduresStrings.PittariUrl));
        }

        if (via.Contains("電子申請", StringComparison.Ordinal) && knowledge.Cities[cityId].ContactFor("procedures") is { Url: { Length: > 0 } url } contact)
        {
            buttons.Add(new CardAction(ActionTypes.OpenUrl, AnswerCardStrings.CityOnlineButton(contact.Department), url));
        }

        return AnswerCards.FromText(text).Take(1).Select(card => card with
        {
            Badge = statuses.Count == 1 ? AnswerCards.Badge(statuses[0]) : null,
            Buttons = buttons,
        });
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

    /// <summary>Asked which procedures there are (「どんな手続きですか？」「何がありますか」) rather than naming one.</summary>
    private static bool AsksWhichOnes(string normalized) =>
        normalized.Length <= 20 && (normalized.StartsWith("どんな", StringComparison.Ordinal) || normalized.StartsWith("どの手続", StringComparison.Ordinal)
            || normalized.StartsWith("何が", StringComparison.Ordinal) || normalized.StartsWith("なにが", StringComparison.Ordinal)
            || normalized.StartsWith("どれが", StringComparison.Ordinal) || normalized.Contains("一覧", StringComparison.Ordinal));

    /// <summary>The procedures the city's plan states something of, by field (「子育て（15件）: 児童手当、…」); null when it states none.</summary>
    private string? PlannedList(string cityId)
    {
        var knowledge = _knowledge.Current.Base;
        var city = knowledge.Cities[cityId];
        var catalog = knowledge.Procedures.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var rows = knowledge.CityProcedures.Where(r => r.CityId == cityId && !r.IsOverview && r.Status is ProcedureStatus.Online or ProcedureStatus.Planned).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var fields = rows
            .Select(r => (Row: r, Procedure: r.ProcedureId is { } id && catalog.TryGetValue(id, out var p) ? p : null))
            .GroupBy(x => x.Procedure?.Category ?? OnlineProceduresStrings.OtherField)
            .OrderByDescending(g => g.Count())
            .Select(g => OnlineProceduresStrings.FieldLine(g.Key, g.Count(), g.Select(x => x.Procedure is { } p ? p.Aliases.FirstOrDefault() ?? p.Name : x.Row.Name).Distinct().ToList()))
            .ToList();
        var sources = rows.Select(r => r.Source.ToString()).Distinct().Take(2);
        var lines = new List<string> { OnlineProceduresStrings.PlannedListLead(city.Name) };
        lines.AddRange(fields);
        if (rows.Any(r => r.Status == ProcedureStatus.Planned))
        {
            lines.Add(OnlineProceduresStrings.PlannedCaveat);
        }

        lines.Add(OnlineProceduresStrings.CheckWith(ContactText.Office(city, "procedures")));
        return $"【{OnlineProceduresStrings.PlannedListTitle(city.Name)}】\n" + string.Join("\n", lines) + $"\n{AnswerFormatter.SourcePrefix}{string.Join("／", sources)}";
    }

    private string Describe(Procedure procedure, string cityId)
    {
        var knowledge = _knowledge.Current.Base;
        var city = knowledge.Cities[cityId];
        var row = knowledge.CityProcedures.FirstOrDefault(r => r.CityId == cityId && r.ProcedureId == procedure.Id);

        var lines = new List<string>();
        if (row is null && ImportedProcedureStatement.For(knowledge.Entries, cityId, [procedure]) is var (sentence, passage))
        {
            // A city known only from its plan: what the plan says of the procedure's field going online.
            lines.Add(OnlineProceduresStrings.NationalWithPlan($"「{procedure.Name}」", procedure.Category, city.Name, sentence));
            return Compose(procedure.Name, lines, [procedure], city, [], passage.Source.ToString());
        }

        if (row is null || row.Status == ProcedureStatus.Unknown)
        {
            lines.Add(OnlineProceduresStrings.NationalOnly(procedure, city.Name));
            if (row?.Note is { Length: > 0 } unknownNote)
            {
                lines.Add(AnswerFormatter.Shorten(unknownNote, _options.MaxAnswerLength / 2));
            }
        }
        else
        {
            lines.Add(AnswerFormatter.Shorten(ProcedureSentence.Describe(row with { Name = procedure.Name }), _options.MaxAnswerLength));
            if (row.Status == ProcedureStatus.Planned)
            {
                lines.Add(OnlineProceduresStrings.PlannedCaveat);
            }
        }

        return Compose(procedure.Name, lines, [procedure], city, row is null ? [] : [row]);
    }

    /// <summary>Several procedures named at once (「児童手当」): one statement when the plan says the same of all, else one line each.</summary>
    private string DescribeGroup(IReadOnlyList<Procedure> procedures, string cityId)
    {
        var knowledge = _knowledge.Current.Base;
        var city = knowledge.Cities[cityId];
        var rows = procedures
            .Select(p => knowledge.CityProcedures.FirstOrDefault(r => r.CityId == cityId && r.ProcedureId == p.Id) is { } r ? r with { Name = p.Name } : null)
            .ToList();
        var names = OnlineProceduresStrings.GroupNames(procedures.Select(p => p.Name).ToList());
        var lines = new List<string>();
        var known = rows.OfType<CityProcedure>().Where(r => r.Status != ProcedureStatus.Unknown).ToList();
        var category = procedures.Select(p => p.Category).Distinct(StringComparer.Ordinal).Count() == 1 ? procedures[0].Category : null;
        if (rows.All(r => r is null) && category is not null && ImportedProcedureStatement.For(knowledge.Entries, cityId, procedures) is var (sentence, passage))
        {
            lines.Add(OnlineProceduresStrings.NationalWithPlan(names, category, city.Name, sentence));
            return Compose(OnlineProceduresStrings.GroupTitle(procedures.Count, category), lines, procedures, city, [], passage.Source.ToString());
        }

        if (known.Count == 0)
        {
            lines.Add(OnlineProceduresStrings.NationalOnlyGroup(names, procedures[0].Category, city.Name));
        }
        else if (known.Count == rows.Count && known.Select(r => (r.Status, r.Target, r.Via, r.Note)).Distinct().Count() == 1)
        {
            lines.Add(AnswerFormatter.Shorten(ProcedureSentence.Describe(known[0] with { Name = names }), _options.MaxAnswerLength));
        }
        else
        {
            lines.AddRange(rows.Zip(procedures).Take(6).Select(x => "・" + (x.First is { Status: not ProcedureStatus.Unknown } r
                ? ProcedureSentence.Describe(r with { Note = null })
                : OnlineProceduresStrings.NotInPlan(x.Second.Name))));
        }

        if (known.Any(r => r.Status == ProcedureStatus.Planned))
        {
            lines.Add(OnlineProceduresStrings.PlannedCaveat);
        }

        return Compose(OnlineProceduresStrings.GroupTitle(procedures.Count, category), lines, procedures, city, known);
    }

    /// <param name="planSource">The imported passage quoted, cited when no row of the city's procedures is.</param>
    private string Compose(string title, List<string> lines, IReadOnlyList<Procedure> procedures, CityProfile city, IReadOnlyList<CityProcedure> rows, string? planSource = null)
    {
        if (procedures.Any(p => p.IsPrefectural))
        {
            lines.Add(OnlineProceduresStrings.Prefectural);
        }

        lines.Add(OnlineProceduresStrings.CheckWith(ContactText.Office(city, "procedures")));
        var sources = rows.Select(r => r.Source.ToString()).Distinct().ToList();
        var source = sources.Count > 0 ? string.Join("／", sources.Take(2))
            : planSource is not null ? $"{planSource}／{OnlineProceduresStrings.NationalSource}" : OnlineProceduresStrings.NationalSource;
        return $"【{title}】\n" + string.Join("\n", lines) + $"\n{AnswerFormatter.SourcePrefix}{source}";
    }
}
