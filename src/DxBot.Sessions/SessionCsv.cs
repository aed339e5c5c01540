using System.Globalization;
using CsvHelper;
using DxBot.Dialogs.Topics.SupportSessions.Booking;

namespace DxBot.Sessions;

/// <summary>
/// Sessions from a CSV staff keep in a spreadsheet: a header row with programme, date (YYYY-MM-DD), start and end
/// (HH:mm, Japan time), venue, capacity, fee, bring, apply. Every row is checked as the Teams form checks it; one bad
/// row and nothing is imported, so a half-imported schedule never shows.
/// </summary>
public static class SessionCsv
{
    public static readonly string[] Columns = ["programme", "date", "start", "end", "venue", "capacity", "fee", "bring", "apply"];

    public static (IReadOnlyList<NewSession> Sessions, IReadOnlyList<string> Problems) Read(string csv, string cityId, DateTimeOffset now, bool samples = false)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var sessions = new List<NewSession>();
        var problems = new List<string>();
        var options = CsvReaderOptions.Default with { Separator = ',', HasHeader = true, TrimWhitespace = true, TrackLineNumbers = true, AllowLineBreaksInQuotes = false };
        try
        {
            using var reader = CsvReader.FromText(csv.TrimStart('\uFEFF'), options);
            reader.ReadHeader();
            var header = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
            var missing = new[] { "programme", "date", "start", "venue", "capacity" }.Where(c => !header.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                return ([], ["見出しに次の列がありません: " + string.Join(", ", missing)]);
            }

            while (reader.Read())
            {
                var row = (int)reader.LineNumber;
                var fields = new System.Text.Json.Nodes.JsonObject();
                for (var i = 0; i < Math.Min(reader.FieldCount, header.Count); i++)
                {
                    if (Columns.Contains(header[i]) && reader.GetString(i).Trim() is { Length: > 0 } value)
                    {
                        fields[header[i]] = value;
                    }
                }

                if (fields.Count == 0)
                {
                    continue;
                }

                // The same checks as the Teams form: one set of rules for every way in.
                var (session, rowProblems) = SessionForm.Read(System.Text.Json.JsonSerializer.SerializeToElement(fields), cityId, now);
                if (session is null)
                {
                    problems.AddRange(rowProblems.Select(p => $"{row}行目: {p}"));
                    continue;
                }

                sessions.Add(session with { IsSample = samples, ExternalId = samples ? $"sample-{row}" : null });
            }
        }
        catch (CsvFormatException)
        {
            return ([], ["CSV として読めませんでした。"]);
        }

        return problems.Count > 0 ? ([], problems) : (sessions, []);
    }
}
