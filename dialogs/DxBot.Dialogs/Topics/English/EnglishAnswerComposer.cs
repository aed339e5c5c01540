using System.Globalization;
using System.Text.RegularExpressions;
using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Topics.OnlineProcedures;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Topics.English;

/// <summary>
/// Builds the English reply from the English layer and the city's structured data (procedures.csv, city.yaml,
/// support.yaml). Pure, so it is tested without a conversation: the same question, knowledge and day give the same reply.
/// The reply answers first, details follow, and the citation comes last.
/// </summary>
public static partial class EnglishAnswerComposer
{
    // My Number topics whose city entries (by 分類) exist only in Japanese: named so the resident knows they exist.
    private static readonly Dictionary<string, string> CardCategories = new(StringComparer.Ordinal)
    {
        ["apply"] = "申請", ["receive"] = "受取", ["pin"] = "暗証番号", ["renew"] = "更新", ["lost"] = "紛失",
    };

    public static EnglishReply Compose(string question, string cityId, KnowledgeBase knowledge, DateOnly today, int maxLength)
    {
        var layer = knowledge.English;
        var city = knowledge.Cities[cityId];
        var context = new CityContext(city, layer.Cities.GetValueOrDefault(cityId), layer, today);
        var normalized = TextNormalizer.Normalize(question);
        var procedures = EnglishMatcher.FindProcedures(normalized, layer);
        var topic = EnglishMatcher.FindTopic(normalized, layer);

        var parts = new List<string>();
        var sources = new List<Citation>();
        var answered = true;
        if (procedures.Count > 0 && topic is not ("contact" or "support" or "plan"))
        {
            ComposeProcedures(context, procedures, knowledge, parts, sources);
        }
        else
        {
            // 「Can I use my card as a health insurance card? And can I get certificates at a convenience store with it?」:
            // two questions on two of the layer's topics are answered in the order asked.
            // Where the layer has no answer of its own for either, the message is answered on its topic as a whole.
            if (TwoTopics(normalized, layer) is { } two
                && TryCompose(two.First, context, knowledge) is { } first && TryCompose(two.Second, context, knowledge) is { } second)
            {
                parts.AddRange([.. first.Parts, .. second.Parts]);
                sources.AddRange([.. first.Sources, .. second.Sources]);
            }
            else
            {
                answered = ComposeTopic(topic, context, knowledge, parts, sources);
            }
        }

        return new EnglishReply(Pack(parts, sources.Distinct().ToList(), maxLength), answered, topic);
    }

    /// <summary>
    /// The reply with the city's office for digital matters added to its last message, when the question also asks whom
    /// to contact or for a phone number (「…online procedures? Please tell me the phone number.」) and no message gives it.
    /// </summary>
    public static EnglishReply WithContactAsked(EnglishReply reply, string question, string cityId, KnowledgeBase knowledge, DateOnly today)
    {
        if (reply.Messages.Count == 0 || !AsksContact().IsMatch(question.ToLowerInvariant()) || !knowledge.Cities.TryGetValue(cityId, out var city))
        {
            return reply;
        }

        var layer = knowledge.English;
        var office = new CityContext(city, layer.Cities.GetValueOrDefault(cityId), layer, today).Office("dx");
        var phone = city.ContactFor("dx")?.Phone;
        if (reply.Messages.Any(m => m.Contains(office, StringComparison.Ordinal) || (phone is not null && m.Contains(phone, StringComparison.Ordinal))))
        {
            return reply;
        }

        var messages = reply.Messages.ToList();
        messages[^1] = $"{messages[^1]}\n{EnglishStrings.ContactLine(office)}";
        return reply with { Messages = messages };
    }

    [GeneratedRegex(@"\b(phone|telephone|call)\b|\bwho (should|can|do) i (contact|ask|call)\b|\bcontact (number|details|information)\b")]
    private static partial Regex AsksContact();

    /// <summary>
    /// An entry's English version, with the note a target whose year has passed needs, and the entry's citation. A version
    /// longer than a message keeps its first sentence and those holding most of the question's words, in their order: cut
    /// at the limit, the fact asked (the Government Cloud's year, last of four) was what went.
    /// </summary>
    public static EnglishReply ComposeEntry(KnowledgeEntry entry, string question, DateOnly today, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var english = entry.English ?? throw new ArgumentException("The entry has no English version.", nameof(entry));
        // Room for the version beside the citation, and the passed-target note it may need.
        var room = maxLength - Citation([entry.Source])!.Length - 1;
        var passedInWhole = PassedTargetYear(english, today);
        var text = english.Length + NoteLength(passedInWhole) <= room ? english : Fitting(english, question, room - NoteLength(passedInWhole));
        var passed = PassedTargetYear(text, today);
        var parts = new List<string> { passed > 0 ? $"{text} {EnglishStrings.PassedTarget(passed)}" : text };
        // The Japanese title, to show at a counter, where it keeps the answer in one bubble.
        var withTitle = Pack([.. parts, EnglishStrings.InJapanese(entry.Title)], [entry.Source], maxLength);
        return new EnglishReply(withTitle.Count == 1 ? withTitle : Pack(parts, [entry.Source], maxLength), true, null);
    }

    /// <summary>
    /// The latest year that has ended of a target the text sets, 0 for none: 「The plan aims to reach 100% by FY2025」 read
    /// after FY2025 is that year's target, not today's state. The year must be in a sentence setting a target: 「When the
    /// plan was made in FY2021, …」 tells a fact.
    /// </summary>
    private static int PassedTargetYear(string text, DateOnly today) =>
        text.Split(". ").Where(sentence => Target().IsMatch(sentence))
            .SelectMany(sentence => FiscalYearNamed().Matches(sentence))
            .Select(m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)).Where(year => new FiscalYear(year, "").HasEnded(today)).DefaultIfEmpty().Max();

    private static int NoteLength(int passedYear) => passedYear > 0 ? EnglishStrings.PassedTarget(passedYear).Length + 1 : 0;

    [GeneratedRegex(@"\b(will|going to|be able to|plans?|planning|future|soon|by when|yet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAhead();

    [GeneratedRegex(@"\b(aims?|aiming|target|plans? to|by FY)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Target();

    // The year a target is set for (「by FY2025」「in FY2025」「by the end of FY2025」), not one a fact is told of
    // (「since FY2020 the city has…」); 「by end of FY2025」 too.
    [GeneratedRegex(@"\b(by|in|until|for) ((the )?end of )?FY ?(?<year>20[0-9]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex FiscalYearNamed();

    /// <summary>Adds the answer on one topic; false when the layer has none (the fallback is added instead).</summary>
    private static bool ComposeTopic(string? topic, CityContext context, KnowledgeBase knowledge, List<string> parts, List<Citation> sources)
    {
        switch (topic)
        {
            case "convenience":
                ComposeConvenience(context, knowledge, parts, sources);
                break;
            case "online":
                ComposeOnline(context, knowledge, parts, sources);
                break;
            case "support":
                ComposeSupport(context, knowledge, parts, sources);
                break;
            case "contact":
                var contact = context.City.ContactFor("dx");
                parts.Add(EnglishStrings.Contact(context.Office("dx"), contact?.Phone is not null, contact?.Fax));
                parts.Add(EnglishStrings.JapaneseOnlyStaff);
                sources.Add(new Citation(context.City.Plan.Title, null));
                break;
            case "plan":
                ComposePlan(context, parts, sources);
                break;
            case "payment" when context.English?.Payment is { } payment:
                parts.Add(WithPassedNote(context, payment));
                sources.Add(new Citation(context.City.Plan.Title, payment.Source));
                break;
            case { } national when context.Layer.Answers.TryGetValue(national, out var answer):
                parts.Add(answer.Text);
                sources.Add(new Citation(answer.Source, null));
                AddCityOwn(context, knowledge, national, parts, sources);
                break;
            default:
                parts.Add(EnglishStrings.Fallback(context.Office("dx")));
                return false;
        }

        return true;
    }

    /// <summary>The answer on one topic apart, or null when the layer has none of its own for it.</summary>
    private static (List<string> Parts, List<Citation> Sources)? TryCompose(string topic, CityContext context, KnowledgeBase knowledge)
    {
        List<string> parts = [];
        List<Citation> sources = [];
        return ComposeTopic(topic, context, knowledge, parts, sources) ? (parts, sources) : null;
    }

    /// <summary>The topics of the message's first and last questions when they are two of the layer's, else null.</summary>
    private static (string First, string Second)? TwoTopics(string normalized, EnglishLayer layer)
    {
        // Only what ends in a question mark asks: 「Please tell me the phone number.」 after a question is part of it.
        var questions = normalized.Split('?').SkipLast(1).Where(q => q.Any(char.IsLetter)).ToList();
        if (questions.Count < 2)
        {
            return null;
        }

        var first = EnglishMatcher.FindTopic(questions[0], layer);
        var second = EnglishMatcher.FindTopic(questions[^1], layer);
        return first is not null && second is not null && first != second ? (first, second) : null;
    }

    private static void ComposeProcedures(CityContext context, IReadOnlyList<EnglishProcedureGroup> groups, KnowledgeBase knowledge, List<string> parts, List<Citation> sources)
    {
        var office = context.Office("procedures");
        var withNote = false;
        var viaMynaportal = false;
        foreach (var group in groups.Take(2))
        {
            var rows = knowledge.CityProcedures.Where(r => r.CityId == context.City.Id && r.ProcedureId is { } id && group.ProcedureIds.Contains(id)).ToList();
            var prefectural = knowledge.Procedures.Where(p => group.ProcedureIds.Contains(p.Id)).All(p => p.IsPrefectural);
            if (prefectural)
            {
                parts.Add(EnglishStrings.PrefectureProcedure(group.Name, context.English?.Prefecture ?? context.City.Prefecture));
                continue;
            }

            // The status most of the group's rows share speaks for the group (the plans state groups, not single forms).
            var row = rows.GroupBy(r => r.Status).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
            var procedures = knowledge.Procedures.Where(p => group.ProcedureIds.Contains(p.Id)).ToList();
            if (row is null && ImportedProcedureStatement.For(knowledge.Entries, context.City.Id, procedures) is var (sentence, passage))
            {
                // A city known only from its plan has no table of procedures, but its plan may say what it puts online of
                // the group's field (対馬市: 「…子育て、介護、被災者支援の25手続は、マイナンバーカードを用いたオンライン申請…」):
                // quoted as the plan says it, as the Japanese answer does.
                parts.Add(EnglishStrings.ProcedureInPlan(context.Name, group.Name, procedures.Select(p => p.Category).Distinct(StringComparer.Ordinal), sentence, office));
                sources.Add(passage.Source);
                viaMynaportal = true;
                continue;
            }

            if (row is null)
            {
                parts.Add(EnglishStrings.ProcedureUnknown(context.Name, group.Name, office));
                continue;
            }

            parts.Add(StatusSentence(context, group.Name, row, office));
            sources.Add(row.Source);
            withNote |= row.Note is not null;
            viaMynaportal |= row.Status is ProcedureStatus.Online or ProcedureStatus.Planned && row.Via?.Contains("マイナポータル", StringComparison.Ordinal) == true;
        }

        // What a resident needs for it, which the plans take as known (national: Mynaportal signs in with the card).
        if (viaMynaportal)
        {
            parts.Add(EnglishStrings.MynaportalNeedsTheCard);
        }

        if (withNote)
        {
            parts.Add(EnglishStrings.JapaneseOnly(office));
        }
    }

    private static string StatusSentence(CityContext context, string name, CityProcedure row, string office)
    {
        var via = row.Via is null ? null : context.Term(row.Via);
        switch (row.Status)
        {
            case ProcedureStatus.Online:
                return EnglishStrings.ProcedureOnline(context.Name, name, via);
            case ProcedureStatus.Planned:
                var year = FiscalYear.Of(row.Target);
                var target = year is { } y ? EnglishStrings.FiscalYear(y.Year, y.Label) : row.Target;
                var sentence = EnglishStrings.ProcedurePlanned(context.Name, name, via, target);
                return year is { } passed && context.HasEnded(passed.Year) ? $"{sentence} {EnglishStrings.PassedTarget(passed.Year)}" : sentence;
            case ProcedureStatus.NotOnline:
                return EnglishStrings.ProcedureNotOnline(context.Name, name);
            default:
                return EnglishStrings.ProcedureUnknown(context.Name, name, office);
        }
    }

    private static void ComposeConvenience(CityContext context, KnowledgeBase knowledge, List<string> parts, List<Citation> sources)
    {
        var office = context.Office("mynumber");
        var rows = knowledge.CityProcedures.Where(r => r.CityId == context.City.Id).ToList();
        var convenience = rows.FirstOrDefault(r => r.Via?.Contains("コンビニ交付", StringComparison.Ordinal) == true);
        if (convenience is { Status: ProcedureStatus.Online })
        {
            parts.Add(EnglishStrings.ConvenienceYes(context.Name, convenience.Name));
        }
        else if (convenience is not null)
        {
            parts.Add(EnglishStrings.ConvenienceUnclear(context.Name, office));
        }
        else
        {
            parts.Add(EnglishStrings.ConvenienceNotInPlan(context.Name, office));
        }

        if (convenience is not null)
        {
            sources.Add(convenience.Source);
        }

        // A plan saying the certificate cannot be requested online is worth knowing beside the convenience store.
        if (rows.FirstOrDefault(r => r.Status == ProcedureStatus.NotOnline && r.Name.Contains("住民票", StringComparison.Ordinal)) is { } notOnline)
        {
            parts.Add(EnglishStrings.NotOnlineRow(context.Name, $"requesting a residence certificate ({notOnline.Name})"));
            sources.Add(notOnline.Source);
        }

        if (context.Layer.Answers.TryGetValue("convenience", out var national))
        {
            parts.Add(national.Text);
            sources.Add(new Citation(national.Source, null));
        }
    }

    private static void ComposeOnline(CityContext context, KnowledgeBase knowledge, List<string> parts, List<Citation> sources)
    {
        var overview = knowledge.CityProcedures.FirstOrDefault(r => r.CityId == context.City.Id && r.IsOverview);
        if (context.English?.Online is { } online)
        {
            parts.Add(WithPassedNote(context, online));
            sources.Add(overview?.Source ?? new Citation(context.City.Plan.Title, online.Source));
        }
        else
        {
            parts.Add(EnglishStrings.JapaneseOnly(context.Office("procedures")));
            if (overview is not null)
            {
                sources.Add(overview.Source);
            }
        }

        if (context.Layer.Answers.TryGetValue("online", out var national))
        {
            parts.Add(national.Text);
            sources.Add(new Citation(national.Source, null));
        }
    }

    private static void ComposeSupport(CityContext context, KnowledgeBase knowledge, List<string> parts, List<Citation> sources)
    {
        var office = context.Office("support");
        var programs = knowledge.SupportPrograms.Where(p => p.CityId == context.City.Id).Take(4).ToList();
        if (programs.Count == 0)
        {
            parts.Add(EnglishStrings.NoSupport(context.Name, office));
            return;
        }

        // One part a program, so a long list is split between messages rather than cut.
        parts.Add(EnglishStrings.SupportHeading(context.Name));
        parts.AddRange(programs.Select(p => context.English?.Support.GetValueOrDefault(p.Title) is { } english
            ? EnglishStrings.SupportProgram(english, p.Title)
            : EnglishStrings.SupportProgramJapaneseOnly(p.Title)));

        var upcoming = knowledge.SupportSessions.Where(s => s.CityId == context.City.Id && s.Date >= context.Today).OrderBy(s => s.Date).Take(3).ToList();
        if (upcoming.Count > 0)
        {
            parts.Add(EnglishStrings.UpcomingHeading + "\n" + string.Join("\n", upcoming.Select(s => $"- {s.Date:yyyy-MM-dd} {s.Time} {s.Program}, {s.Venue}")));
        }
        else
        {
            parts.Add(EnglishStrings.NoDates(office));
        }

        sources.AddRange(programs.Select(p => p.Source).Take(3));
    }

    private static void ComposePlan(CityContext context, List<string> parts, List<Citation> sources)
    {
        var plan = context.City.Plan;
        if (context.English is not { } english)
        {
            parts.Add(EnglishStrings.JapaneseOnly(context.Office("dx")));
            sources.Add(new Citation(plan.Title, null));
            return;
        }

        parts.Add(EnglishStrings.Plan(context.Name, english.PlanTitle, plan.Title, english.Period));
        foreach (var goal in english.Goals.Take(3))
        {
            parts.Add(WithPassedNote(context, goal));
            sources.Add(new Citation(plan.Title, goal.Source));
        }

        if (english.Goals.Count == 0)
        {
            sources.Add(new Citation(plan.Title, null));
        }
    }

    private static void AddCityOwn(CityContext context, KnowledgeBase knowledge, string topic, List<string> parts, List<Citation> sources)
    {
        if (!CardCategories.TryGetValue(topic, out var category))
        {
            return;
        }

        var own = knowledge.Entries.Where(e => e.CityId == context.City.Id && e.Category == category).Take(2).ToList();
        if (own.Count > 0)
        {
            parts.Add(EnglishStrings.CityOwnInJapanese(context.Name, string.Join(", ", own.Select(e => $"「{e.Title}」")), context.Office("mynumber")));
            sources.Add(own[0].Source);
        }
    }

    private static string WithPassedNote(CityContext context, EnglishText text) =>
        text.FiscalYear is { } year && context.HasEnded(year) ? $"{text.Text} {EnglishStrings.PassedTarget(year)}" : text.Text;

    /// <summary>Paragraphs packed into messages no longer than the limit, the citation last.</summary>
    private static IReadOnlyList<string> Pack(List<string> parts, List<Citation> sources, int maxLength)
    {
        var citation = Citation(sources);
        return MessagePacker.Pack(parts.Select(p => Shorten(p, maxLength)).Concat(citation is null ? [] : [Shorten(citation, maxLength)]), maxLength);
    }

    // One document named once, its sections after it: 「半田市DX推進計画 第四章 1 / 第四章 4」.
    private static string? Citation(List<Citation> sources) =>
        sources.Count == 0 ? null : EnglishStrings.SourcePrefix + string.Join(" / ", sources.Take(4).GroupBy(c => c.Document)
            .Select(g => string.Join(" / ", g.Select((c, i) => i == 0 ? c.ToString() : c.Section ?? "")).Trim()));

    /// <summary>
    /// The first sentence and then those holding most of the question's words (by their first four letters: 「apply」 and
    /// 「application」 alike; a word the other units lack weighing more), in the text's order, as many as fit. The items of a list (「The 15 listed: …; daycare
    /// application; …」) are weighed one by one, and the ones left out are marked 「…」.
    /// </summary>
    private static string Fitting(string text, string question, int room)
    {
        // Units and the separators after them, alternately.
        var pieces = UnitEnd().Split(text);
        var units = pieces.Where((_, i) => i % 2 == 0).ToList();
        string After(int unit) => 2 * unit + 1 < pieces.Length ? pieces[2 * unit + 1] : "";
        var asked = QuestionWord().Matches(question.ToLowerInvariant()).Select(m => Stem(m.Value)).ToHashSet(StringComparer.Ordinal);
        var held = units.Select(u => QuestionWord().Matches(u.ToLowerInvariant()).Select(m => Stem(m.Value)).Where(asked.Contains).ToHashSet(StringComparer.Ordinal)).ToList();
        // A word of the question in one unit only says more of what is asked than one in every unit (the systems the whole
        // entry is about): each counts by the share of units it is in.
        double Held(int unit) => held[unit].Sum(w => 1.0 / held.Count(h => h.Contains(w)));
        // 「Will the city staff be able to telework?」 asks what is planned: the sentence giving the target's year answers it
        // first, though it repeats none of the question's words (a staff survey's wish named staff).
        var asksAhead = AsksAhead().IsMatch(question);
        var chosen = new SortedSet<int> { 0 };
        var length = units[0].Length;
        foreach (var (unit, index) in units.Select((unit, index) => (unit, index)).Skip(1)
            .OrderByDescending(u => asksAhead && FiscalYearNamed().IsMatch(u.unit)).ThenByDescending(u => Held(u.index)).ThenBy(u => u.index))
        {
            if (length + ListGap.Length + unit.Length <= room)
            {
                chosen.Add(index);
                length += ListGap.Length + unit.Length;
            }
        }

        var text2 = new System.Text.StringBuilder(units[0]);
        var previous = 0;
        foreach (var index in chosen.Skip(1))
        {
            // Next to the one before it, the text's own separator; past left-out items of a list, 「; …; 」.
            var separator = After(index - 1);
            text2.Append(index == previous + 1 || !separator.StartsWith(';') ? separator : ListGap);
            text2.Append(units[index]);
            previous = index;
        }

        return text2.ToString();
    }

    // Where items of a list were left out.
    private const string ListGap = "; …; ";

    private static string Stem(string word) => word.Length > 4 ? word[..4] : word;

    // A sentence ends at a full stop, question or exclamation mark before a space (not inside 「e.g. the」 or 「No. 3」),
    // an item of a list at a semicolon.
    [GeneratedRegex(@"((?<=(?<!\be\.g|\bi\.e|\bNo)[.!?])\s+|;\s+)")]
    private static partial Regex UnitEnd();

    // Words of three letters or more, figures, and Japanese terms in parentheses, less the words every question has.
    [GeneratedRegex(@"\b(?!(?:the|and|for|with|that|this|what|when|where|which|will|does|can|how|are|you|your|city|plan|from|have|has|there|about|they|its|into|any|all|our)\b)[a-z][a-z\-]{2,}\b|\d+(?:\.\d+)?|[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}\p{IsHiragana}ー]{2,}")]
    private static partial Regex QuestionWord();

    /// <summary>Cuts at the last sentence end that fits, so no sentence (and no number) is cut in half.</summary>
    private static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(". ", maxLength - 1, StringComparison.Ordinal);
        return cut > maxLength / 3 ? text[..(cut + 1)] : text[..(maxLength - 1)] + "…";
    }



    private sealed record CityContext(CityProfile City, EnglishCity? English, EnglishLayer Layer, DateOnly Today)
    {
        public string Name => EnglishStrings.CityName(English?.Name, City.Name);

        public string Office(string topic)
        {
            var contact = City.ContactFor(topic);
            var department = contact is null ? null : English?.Departments.GetValueOrDefault(contact.Department);
            return EnglishStrings.Office(Name, department, contact?.Department, contact?.Phone, contact?.Email);
        }

        /// <summary>A Japanese fiscal year ends on 31 March of the next calendar year.</summary>
        public bool HasEnded(int fiscalYear) => new FiscalYear(fiscalYear, "").HasEnded(Today);

        public string Term(string japanese) => Layer.Terms.GetValueOrDefault(japanese) ?? $"{japanese} (in Japanese)";
    }
}
