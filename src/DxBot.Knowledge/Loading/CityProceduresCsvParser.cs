using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Loading;

/// <summary>Reads cities/&lt;id&gt;/procedures.csv and derives one searchable entry per procedure.</summary>
internal static class CityProceduresCsvParser
{
    public const string OverviewId = "*";

    private static readonly Dictionary<string, ProcedureStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["online"] = ProcedureStatus.Online,
        ["planned"] = ProcedureStatus.Planned,
        ["not_online"] = ProcedureStatus.NotOnline,
        ["unknown"] = ProcedureStatus.Unknown,
    };

    /// <param name="seen">The procedures already read for this city (several folders may each have the city's file).</param>
    public static (IReadOnlyList<CityProcedure> Procedures, IReadOnlyList<KnowledgeEntry> Entries) Parse(
        KnowledgeFile file,
        string text,
        CityProfile city,
        IReadOnlyDictionary<string, Procedure> catalog,
        ISet<string> seen,
        ErrorLog errors)
    {
        var table = CsvTable.Read(file, text, ["procedure", "name", "status"], errors);
        if (table is null)
        {
            return ([], []);
        }

        var procedures = new List<CityProcedure>();
        var entries = new List<KnowledgeEntry>();
        foreach (var row in table.Rows)
        {
            var id = table.Get(row, "procedure");
            var name = table.Get(row, "name");
            var statusText = table.Get(row, "status");
            Procedure? known = null;
            var key = id.Length > 0 ? id : "name:" + name;
            string? problem =
                !Statuses.TryGetValue(statusText, out var status) ? $"status「{statusText}」は使えません（online / planned / not_online / unknown）。"
                : id.Length == 0 && name.Length == 0 ? "procedure（catalog の id）と name のどちらもありません。"
                : id.Length > 0 && id != OverviewId && !catalog.TryGetValue(id, out known) ? $"手続 id「{id}」が procedures/catalog.csv にありません。"
                : id == OverviewId && table.Get(row, "note").Length == 0 ? "「*」の行（市全体の説明）には note を書いてください。"
                : seen.Contains(key) ? $"手続「{(id.Length > 0 ? id : name)}」が重複しています。"
                : null;
            if (problem is not null)
            {
                errors.Add(file, row.Line, problem);
                continue;
            }

            seen.Add(key);
            var displayName = name.Length > 0 ? name
                : id == OverviewId ? $"{city.Name}のオンライン手続（全体）"
                : known!.Name;
            var source = table.Get(row, "source");
            var procedure = new CityProcedure(city.Id, id.Length > 0 ? id : null, displayName, status, new Citation(city.Plan.Title, NullIfEmpty(source)))
            {
                Target = NullIfEmpty(table.Get(row, "target")),
                Via = NullIfEmpty(table.Get(row, "via")),
                Note = NullIfEmpty(table.Get(row, "note")),
            };
            procedures.Add(procedure);
            entries.Add(ToEntry(file, row.Line, city, procedure, known));
        }

        return (procedures, entries);
    }

    private static KnowledgeEntry ToEntry(KnowledgeFile file, int line, CityProfile city, CityProcedure procedure, Procedure? known)
    {
        var suffix = procedure.IsOverview ? "overview" : procedure.ProcedureId ?? procedure.Name;
        return new KnowledgeEntry($"{city.Id}/procedures.csv#{suffix}", procedure.Name, ProcedureSentence.Describe(procedure), procedure.Source)
        {
            CityId = city.Id,
            Topic = KnowledgeTopics.Procedure,
            Keywords = known?.Aliases ?? [],
            File = file.RelativePath,
            Line = line,
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
