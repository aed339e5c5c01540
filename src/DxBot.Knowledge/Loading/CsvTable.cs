using CsvHelper;

namespace DxBot.Knowledge.Loading;

/// <summary>A CSV file read as a header and rows of trimmed strings, each row with its line.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvTableRow> rows)
    {
        columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i], i);
        }

        Rows = rows;
    }

    public IReadOnlyList<CsvTableRow> Rows { get; }

    /// <summary>Reads the table; null (reported) when the header lacks a required column or the file is not CSV.</summary>
    public static CsvTable? Read(KnowledgeFile file, string text, IReadOnlyList<string> requiredColumns, ErrorLog errors)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            // Every line break ends a record, so one unbalanced quote costs its row instead of the rest of the file.
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => errors.Add(file, (int)record.LineNumber, Describe(record.Reason)),
        };

        try
        {
            using var reader = CsvReader.FromText(text, options);
            reader.ReadHeader();
            var header = reader.Headers.Select(h => h.Trim()).ToList();
            var missing = requiredColumns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
            if (missing.Count > 0)
            {
                errors.Add(file, 1, $"見出し行に列 {string.Join(", ", missing)} がありません。");
                return null;
            }

            var rows = new List<CsvTableRow>();
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i).Trim();
                }

                if (fields.All(f => f.Length == 0))
                {
                    continue;
                }

                rows.Add(new CsvTableRow((int)reader.LineNumber, fields));
            }

            return new CsvTable(header, rows);
        }
        catch (CsvFormatException ex)
        {
            errors.Add(file, 0, $"CSV として読めません: {ex.Message}");
            return null;
        }
    }

    /// <summary>A cell by column name: trimmed, "" when the column or cell is absent.</summary>
    public string Get(CsvTableRow row, string column) =>
        columns.TryGetValue(column, out var index) && index < row.Fields.Count ? row.Fields[index] : string.Empty;

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "列の数が見出し行と違うため、この行は使われません（値に , を含むときは \"…\" で囲んでください）。",
        CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes => "\" が閉じられていないため、この行は使われません。",
        _ => "\" の使い方が正しくないため、この行は使われません。",
    };
}
