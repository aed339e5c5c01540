namespace DxBot.LoadBench;

/// <summary>A resident's question and the city whose account it is sent to.</summary>
internal sealed record Question(string City, string Text)
{
    /// <summary>Reads bench/load/questions.tsv: `city<TAB>question`, `#` lines are comments.</summary>
    public static IReadOnlyList<Question> Load(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))
            .Where(p => p.Length == 2)
            .Select(p => new Question(p[0], p[1]))
            .ToList();
}
