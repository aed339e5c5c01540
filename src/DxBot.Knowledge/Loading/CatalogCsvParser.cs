using System.Text.RegularExpressions;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Loading;

/// <summary>Reads procedures/catalog.csv, the national list of procedures to put online.</summary>
internal static partial class CatalogCsvParser
{
    private static readonly string[] Columns = ["id", "category", "name", "aliases", "authority"];

    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal) { "子育て", "介護", "被災者支援", "自動車保有" };

    private static readonly HashSet<string> Authorities = new(StringComparer.Ordinal) { "municipality", "prefecture" };

    /// <param name="known">Ids already read (from this or an earlier folder); a repeat is reported, the first kept.</param>
    public static IReadOnlyList<Procedure> Parse(KnowledgeFile file, string text, ISet<string> known, ErrorLog errors)
    {
        var table = CsvTable.Read(file, text, ["id", "category", "name", "authority"], errors);
        if (table is null)
        {
            return [];
        }

        var procedures = new List<Procedure>();
        foreach (var row in table.Rows)
        {
            var id = table.Get(row, Columns[0]);
            var category = table.Get(row, Columns[1]);
            var name = table.Get(row, Columns[2]);
            var authority = table.Get(row, Columns[4]);
            string? problem =
                !AsciiId().IsMatch(id) ? $"id「{id}」は半角英数字と - で書いてください。"
                : known.Contains(id) ? $"id「{id}」が重複しています。"
                : !Categories.Contains(category) ? $"category「{category}」は使えません（{string.Join("、", Categories)}）。"
                : name.Length == 0 ? "name がありません。"
                : !Authorities.Contains(authority) ? $"authority「{authority}」は使えません（municipality または prefecture）。"
                : null;
            if (problem is not null)
            {
                errors.Add(file, row.Line, problem);
                continue;
            }

            known.Add(id);
            var aliases = WordList.Split(table.Get(row, Columns[3]), '|');
            procedures.Add(new Procedure(id, category, name, authority) { Aliases = aliases });
        }

        return procedures;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex AsciiId();
}
