using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Loading;

/// <summary>Reads a Markdown file of answerable sections: YAML front matter, then one entry per `## ` heading.</summary>
internal static class MarkdownSectionParser
{
    private static readonly HashSet<string> FrontMatterTopics = new(StringComparer.Ordinal)
    {
        KnowledgeTopics.Online, KnowledgeTopics.MyNumber, KnowledgeTopics.Support, KnowledgeTopics.Plan,
        KnowledgeTopics.Kpi, KnowledgeTopics.Organization, KnowledgeTopics.General,
    };

    private static readonly HashSet<string> Audiences = new(StringComparer.Ordinal) { "all", "resident", "staff" };

    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal) { "申請", "受取", "暗証番号", "更新", "紛失", "使いみち", "普及" };

    public static IReadOnlyList<KnowledgeEntry> Parse(
        KnowledgeFile file, string text, IReadOnlyDictionary<string, CityProfile> cities, ErrorLog errors)
    {
        var lines = TextFileReader.Lines(text);
        var front = ReadFrontMatter(file, lines, errors);
        if (front is null)
        {
            return [];
        }

        var (fields, bodyStart) = front.Value;
        var settings = ReadSettings(file, fields, cities, errors);
        if (settings is null)
        {
            return [];
        }

        var entries = new List<KnowledgeEntry>();
        var sectionNumber = 0;
        var strayReported = false;
        for (var i = bodyStart; i < lines.Length; i++)
        {
            if (!IsSectionHeading(lines[i]))
            {
                if (!strayReported && IsStrayText(lines[i]))
                {
                    errors.Add(file, i + 1, "最初の「## 」見出しより前の文章は使われません。");
                    strayReported = true;
                }

                continue;
            }

            var end = i + 1;
            while (end < lines.Length && !IsSectionHeading(lines[end]))
            {
                end++;
            }

            // Sections are numbered by position, broken ones included, so one bad section does not renumber the others' ids.
            sectionNumber++;
            var entry = ParseSection(file, lines, i, end, sectionNumber, settings, errors);
            if (entry is not null)
            {
                entries.Add(entry);
            }

            i = end - 1;
        }

        return entries;
    }

    private static (YamlFields Fields, int BodyStart)? ReadFrontMatter(KnowledgeFile file, string[] lines, ErrorLog errors)
    {
        var start = 0;
        while (start < lines.Length && string.IsNullOrWhiteSpace(lines[start]))
        {
            start++;
        }

        if (start == lines.Length)
        {
            errors.Add(file, 0, "ファイルが空です。");
            return null;
        }

        if (lines[start].Trim() != "---")
        {
            errors.Add(file, start + 1, "先頭に front matter（--- で囲んだ city / topic / audience）がありません。");
            return null;
        }

        var close = start + 1;
        while (close < lines.Length && lines[close].Trim() != "---")
        {
            close++;
        }

        if (close == lines.Length)
        {
            errors.Add(file, start + 1, "front matter を閉じる --- がありません。");
            return null;
        }

        var yaml = string.Join('\n', lines[(start + 1)..close]);
        var root = YamlDocument.LoadMapping(yaml, file, errors, lineOffset: start + 1, allowEmpty: true);
        return root is null ? null : (new YamlFields(root, file, errors, lineOffset: start + 1), close + 1);
    }

    private static SectionSettings? ReadSettings(
        KnowledgeFile file, YamlFields fields, IReadOnlyDictionary<string, CityProfile> cities, ErrorLog errors)
    {
        var cityId = fields.Text("city");
        var topic = fields.Text("topic") ?? KnowledgeTopics.General;
        var audience = fields.Text("audience") ?? "all";
        var document = fields.Text("document");
        if (fields.Failed)
        {
            return null;
        }

        if (!FrontMatterTopics.Contains(topic))
        {
            errors.Add(file, fields.LineOf("topic"), $"topic「{topic}」は使えません（{string.Join(" | ", FrontMatterTopics)}）。");
            return null;
        }

        if (!Audiences.Contains(audience))
        {
            errors.Add(file, fields.LineOf("audience"), $"audience「{audience}」は使えません（all | resident | staff）。");
            return null;
        }

        if (file.CityFolder is { } folder)
        {
            if (cityId is not null && cityId != folder)
            {
                errors.Add(file, fields.LineOf("city"), $"city「{cityId}」がフォルダ名「{folder}」と一致しません。");
                return null;
            }

            cityId = folder;
        }

        CityProfile? city = null;
        if (cityId is not null && !cities.TryGetValue(cityId, out city))
        {
            // The plan's title is what the citations need; without the city's profile they cannot be written.
            errors.Add(file, file.CityFolder is null ? fields.LineOf("city") : 0,
                $"市「{cityId}」の city.yaml がないか読めなかったため、このファイルは使われません。");
            return null;
        }

        return new SectionSettings(city, topic, audience, string.IsNullOrWhiteSpace(document) ? null : document.Trim());
    }

    private static KnowledgeEntry? ParseSection(
        KnowledgeFile file, string[] lines, int heading, int end, int number, SectionSettings settings, ErrorLog errors)
    {
        var title = lines[heading].TrimStart()[2..].Trim();
        string? source = null;
        string? category = null;
        string? english = null;
        IReadOnlyList<string> keywords = [];
        IReadOnlyList<string> englishKeywords = [];
        var body = new List<string>();
        for (var i = heading + 1; i < end; i++)
        {
            var line = lines[i].TrimEnd();
            if (TryMetadata(line, "出典", out var value))
            {
                source = value;
            }
            else if (TryMetadata(line, "キーワード", out value))
            {
                keywords = WordList.Split(value);
            }
            else if (TryMetadata(line, "分類", out value))
            {
                category = value;
            }
            else if (TryMetadata(line, "English", out value))
            {
                english = value.Length > 0 ? value : null;
            }
            else if (TryMetadata(line, "English keywords", out value))
            {
                englishKeywords = WordList.Split(value);
            }
            else
            {
                body.Add(PlainHeading(line));
            }
        }

        var line1 = heading + 1;
        if (title.Length == 0)
        {
            errors.Add(file, line1, "見出しが空です。");
            return null;
        }

        if (string.IsNullOrEmpty(source))
        {
            errors.Add(file, line1, $"「{title}」に「出典:」がありません。");
            return null;
        }

        var text = string.Join('\n', body).Trim();
        if (text.Length == 0)
        {
            errors.Add(file, line1, $"「{title}」の本文が空です。");
            return null;
        }

        if (category is not null && !Categories.Contains(category))
        {
            errors.Add(file, line1, $"「{title}」の分類「{category}」は使えません（{string.Join("、", Categories)}）。");
            return null;
        }

        // City content cites the section of the city's plan; national content names its public source as the document.
        // A section cites the plan it was written from, unless its file names its own document (a notice, a staff
        // answer): 「半田市DX推進計画 市民課からのお知らせ」 would credit the plan with what it never said.
        var citation = settings.Document is { } document ? new Citation(document, source)
            : settings.City is { } city ? new Citation(city.Plan.Title, source)
            : new Citation(source, null);
        var id = settings.City is { } c ? $"{c.Id}/{file.Name}#{number}" : $"{file.RelativePath}#{number}";
        return new KnowledgeEntry(id, title, text, citation)
        {
            CityId = settings.City?.Id,
            Topic = settings.Topic,
            Audience = settings.Audience,
            Keywords = keywords,
            English = english,
            EnglishKeywords = englishKeywords,
            Category = category,
            File = file.RelativePath,
            Line = line1,
        };
    }

    private static bool IsSectionHeading(string line) =>
        line.StartsWith("##", StringComparison.Ordinal) && (line.Length == 2 || char.IsWhiteSpace(line[2]));

    private static bool IsStrayText(string line)
    {
        var trimmed = line.Trim();
        // A `# title` line or an HTML comment is how editors annotate a file; neither is lost content.
        return trimmed.Length > 0 && !trimmed.StartsWith("# ", StringComparison.Ordinal) && trimmed != "#"
            && !trimmed.StartsWith("<!--", StringComparison.Ordinal);
    }

    private static bool TryMetadata(string line, string key, out string value)
    {
        value = string.Empty;
        var trimmed = line.TrimStart();
        if (!trimmed.StartsWith(key, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = trimmed[key.Length..].TrimStart();
        if (rest.Length == 0 || (rest[0] != ':' && rest[0] != '：'))
        {
            return false;
        }

        value = rest[1..].Trim();
        return true;
    }

    /// <summary>Sub-headings stay as text: the body is shown in chat, where Markdown markers would show as-is.</summary>
    private static string PlainHeading(string line)
    {
        var trimmed = line.TrimStart();
        var hashes = 0;
        while (hashes < trimmed.Length && trimmed[hashes] == '#')
        {
            hashes++;
        }

        return hashes >= 3 && hashes < trimmed.Length && char.IsWhiteSpace(trimmed[hashes]) ? trimmed[hashes..].Trim() : line;
    }

    /// <param name="Document">The document the file's sections come from when it is not the city's plan (front matter `document:`).</param>
    private sealed record SectionSettings(CityProfile? City, string Topic, string Audience, string? Document);
}
