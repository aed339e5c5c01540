namespace DxBot.Knowledge.Loading;

/// <summary>
/// Reads synonyms.txt: one group a line, the first word being the canonical form. A line of one word keeps that word
/// whole: no shorter word folds inside it (ネットワーク stays itself when ネット folds onto オンライン).
/// </summary>
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
            if (words.Count == 0)
            {
                errors.Add(file, i + 1, "同義語のグループに語が書かれていません。カンマ区切りで書いてください（1 語だけの行は、その語の中で短い語を置き換えない指定です）。");
                continue;
            }

            groups.Add(words);
        }

        return groups;
    }
}
