using System.Text.RegularExpressions;

namespace DxBot.Import;

/// <summary>
/// Turns a document's blocks into sections: each heading with text under it is one section, named by the path of
/// headings above it; a heading with nothing under it (a chapter title before its first sub-heading) only names the
/// path of the sections below.
/// </summary>
internal static partial class SectionAssembler
{
    // A colophon's lines are short: names, an address, numbers.
    private const int MaxColophonLine = 80;

    // Two empty headings in a row are a chapter and its first section's title; three or more of one level, a list.
    private const int MinHeadingList = 3;

    public static IReadOnlyList<ImportedSection> Assemble(ReadDocument document)
    {
        var sections = new List<ImportedSection>();
        var path = new List<(int Level, string Text)>();
        var body = new List<string>();
        var targets = false;
        int? page = null;
        foreach (var block in WithHeadingListsAsText(document.Blocks))
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
            var colophon = Colophon(body);
            if (colophon.Count > 0)
            {
                body.RemoveRange(body.Count - colophon.Count, colophon.Count);
            }

            // A cover page (title, date, the city's name) is text before the first heading without a single sentence.
            var cover = path.Count == 0 && !body.Any(b => b.Contains('。', StringComparison.Ordinal));
            if (body.Count > 0 && !cover)
            {
                // Text before the first heading is the document's own introduction. Titled with the document's title it
                // would match every question naming the plan (「行方市DX基本方針のデジタル三原則は？」) by its title alone.
                var headings = path.Count > 0 ? path.Select(h => h.Text).ToList() : [ImportTexts.IntroductionTitle];
                sections.Add(new ImportedSection(headings, string.Join('\n', body.Select(LineRules.CloseUp)), page) { Keywords = targets ? TableText.TargetKeywords : [] });
            }

            // One line each, as a list: run together, 「策定発行 | 御前崎市編集 | …」 would not read.
            if (colophon.Count > 0)
            {
                sections.Add(new ImportedSection([ImportTexts.ColophonTitle], string.Join('\n', colophon.Select(l => "・" + LineRules.CloseUp(l).Trim())), page) { Keywords = ImportTexts.ColophonKeywords });
            }

            body.Clear();
            targets = false;
            page = null;
        }
    }

    /// <summary>
    /// A numbered list read as headings (「次の4つの基本方針を掲げ…」 then 「1 デジタル化による…」 to 「4 …」, each a
    /// numbered line): three or more headings of one level in a row with nothing under any of them, right after a
    /// paragraph. As headings they would vanish, each naming only an empty path; they are the items of the
    /// paragraph before them, kept as its list.
    /// </summary>
    private static IEnumerable<ImportBlock> WithHeadingListsAsText(IReadOnlyList<ImportBlock> blocks)
    {
        var result = new List<ImportBlock>(blocks.Count);
        var i = 0;
        while (i < blocks.Count)
        {
            var end = i;
            while (end < blocks.Count && blocks[end].IsHeading && blocks[end].Level == blocks[i].Level)
            {
                end++;
            }

            // The last of the run is a heading of its own when text or a deeper heading follows it (「3-2 基本方針及び施策の
            // 全体像」 after the list): the empty ones before it are the list.
            var run = end - i;
            if (end < blocks.Count && !(blocks[end].IsHeading && blocks[end].Level <= blocks[i].Level))
            {
                run--;
            }

            var afterText = i > 0 && !blocks[i - 1].IsHeading;
            if (blocks[i].IsHeading && run >= MinHeadingList && afterText)
            {
                result.AddRange(blocks.Skip(i).Take(run).Select(b => new ImportBlock(0, "・" + b.Text, b.Page)));
                i += run;
                continue;
            }

            result.Add(blocks[i]);
            i++;
        }

        return result;
    }

    /// <summary>
    /// The colophon closing a document (「発行 | 御前崎市」「編集 | …デジタル推進室」「TEL 0537-85-1127」「Mail …」): the
    /// trailing run of short lines without a sentence, when it gives a phone number and says who issues or edits it or
    /// how to reach them. It is the plan's contact, not part of the last section it follows, and becomes a section of
    /// its own that questions on whom to ask find; empty when the text does not end with one.
    /// </summary>
    private static List<string> Colophon(List<string> body)
    {
        var start = body.Count;
        while (start > 0 && body[start - 1].Length <= MaxColophonLine && !body[start - 1].Contains('。', StringComparison.Ordinal) && !ListItem().IsMatch(body[start - 1]))
        {
            start--;
        }

        var tail = body.Skip(start).ToList();
        return start > 0 && tail.Any(l => Phone().IsMatch(l)) && tail.Any(l => Office().IsMatch(l)) ? tail : [];
    }

    [GeneratedRegex(@"(TEL|Tel|電話|℡)\s*[:：]?\s*[0-9０-９]{2,5}[-－ー(（][0-9０-９]{1,4}[-－ー)）][0-9０-９]{3,4}")]
    private static partial Regex Phone();

    // A list's items are short lines too, but the section's own (「・(4) BPRの取組の徹底」).
    [GeneratedRegex(@"^\s*([・\-*•]|[(（]?[0-9０-９]+[)）.]|[①-⑳])")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"発行|編集|問い?合わ?せ|担当|@")]
    private static partial Regex Office();
}
