namespace DxBot.Knowledge.Loading;

/// <summary>Reads synonyms.txt: one group a line, the first word being the canonical form.</summary>
internal static class SynonymsParser
{
    public static IReadOnlyList<IReadOnlyList<string>> Parse(KnowledgeFile file, string text, ErrorLog errors)
    {
        var groups = new List<IReadOnlyList<string>>();
        var lines = TextFileReader.Lines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var words = WordList.Split(line);
            if (words.Count < 2)
            {
                errors.Add(file, i + 1, "同義語のグループには 2 語以上をカンマ区切りで書いてください。");
                continue;
            }

            groups.Add(words);
        }

        return groups;
    }
}
