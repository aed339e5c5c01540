using System.Globalization;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Loading;

/// <summary>Reads cities/&lt;id&gt;/support.yaml: the plan's support programs and the sessions staff publish.</summary>
internal static class SupportYamlParser
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal) { "講座", "相談会", "体験会", "出張", "その他" };

    public static (IReadOnlyList<SupportProgram> Programs, IReadOnlyList<SupportSession> Sessions, IReadOnlyList<KnowledgeEntry> Entries) Parse(
        KnowledgeFile file, string text, CityProfile city, ErrorLog errors)
    {
        // An empty file is a city with nothing to publish yet, not a mistake.
        var root = YamlDocument.LoadMapping(text, file, errors, lineOffset: 0, allowEmpty: true);
        if (root is null)
        {
            return ([], [], []);
        }

        var fields = new YamlFields(root, file, errors);
        var programs = new List<SupportProgram>();
        var entries = new List<KnowledgeEntry>();
        var number = 0;
        foreach (var node in fields.Items("programs"))
        {
            // Numbered by position, broken ones included, so that ids stay put when one program is fixed.
            number++;
            var program = new YamlFields(node, file, errors);
            var title = program.RequiredText("title");
            var kind = program.Text("kind") ?? "その他";
            if (!program.Failed && !Kinds.Contains(kind))
            {
                program.Fail(program.LineOf("kind"), $"kind「{kind}」は使えません（{string.Join(" | ", Kinds)}）。");
            }

            var description = program.RequiredText("description");
            var source = program.RequiredText("source");
            var partners = program.Words("partners");
            var target = program.Text("target");
            if (program.Failed)
            {
                continue;
            }

            var item = new SupportProgram(city.Id, title, kind, description, new Citation(city.Plan.Title, source))
            {
                Partners = partners,
                Target = target,
            };
            programs.Add(item);
            entries.Add(ToEntry(file, program.Line, number, city, item));
        }

        var sessions = new List<SupportSession>();
        foreach (var node in fields.Items("sessions"))
        {
            var session = new YamlFields(node, file, errors);
            var programTitle = session.RequiredText("program");
            var dateText = session.RequiredText("date");
            var venue = session.RequiredText("venue");
            var date = default(DateOnly);
            if (!session.Failed && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                session.Fail(session.LineOf("date"), $"date「{dateText}」は日付として読めません（2026-12-05 のように書いてください）。");
            }

            var time = session.Text("time");
            var contact = session.Text("contact");
            var note = session.Text("note");
            if (session.Failed)
            {
                continue;
            }

            sessions.Add(new SupportSession(city.Id, programTitle, date, venue) { Time = time, Contact = contact, Note = note });
        }

        return (programs, sessions, entries);
    }

    private static KnowledgeEntry ToEntry(KnowledgeFile file, int line, int number, CityProfile city, SupportProgram program)
    {
        var body = program.Description;
        if (program.Target is { Length: > 0 } target)
        {
            body += "\n" + (target.EndsWith('。') ? target : target + "。");
        }

        if (program.Partners.Count > 0)
        {
            body += $"\n連携先は{string.Join("、", program.Partners)}です。";
        }

        return new KnowledgeEntry($"{city.Id}/support.yaml#{number}", program.Title, body, program.Source)
        {
            CityId = city.Id,
            Topic = KnowledgeTopics.Support,
            Keywords = [program.Kind, .. program.Partners],
            File = file.RelativePath,
            Line = line,
        };
    }
}
