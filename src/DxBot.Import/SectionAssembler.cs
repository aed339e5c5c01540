namespace DxBot.Import;

/// <summary>
/// Turns a document's blocks into sections: each heading with text under it is one section, named by the path of
/// headings above it; a heading with nothing under it (a chapter title before its first sub-heading) only names the
/// path of the sections below.
/// </summary>
internal static class SectionAssembler
{
    public static IReadOnlyList<ImportedSection> Assemble(ReadDocument document, string fallbackTitle)
    {
        var sections = new List<ImportedSection>();
        var path = new List<(int Level, string Text)>();
        var body = new List<string>();
        var targets = false;
        int? page = null;
        foreach (var block in document.Blocks)
        {
            if (block.IsHeading)
            {
                Flush();
                path.RemoveAll(h => h.Level >= block.Level);
                path.Add((block.Level, block.Text));
                page = block.Page;
                continue;
            }

            page ??= block.Page;
            body.Add(block.Text);
            targets |= block.HoldsTargets;
        }

        Flush();
        return sections;

        void Flush()
        {
            // A cover page (title, date, the city's name) is text before the first heading without a single sentence.
            var cover = path.Count == 0 && !body.Any(b => b.Contains('。', StringComparison.Ordinal));
            if (body.Count > 0 && !cover)
            {
                // Text before the first heading is the document's own introduction.
                var headings = path.Count > 0 ? path.Select(h => h.Text).ToList() : [document.Title ?? fallbackTitle];
                sections.Add(new ImportedSection(headings, string.Join('\n', body.Select(LineRules.CloseUp)), page) { Keywords = targets ? TableText.TargetKeywords : [] });
            }

            body.Clear();
            targets = false;
            page = null;
        }
    }
}
