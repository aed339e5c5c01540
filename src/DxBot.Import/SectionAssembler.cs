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

    // A paragraph this long stopping on a particle is a sentence the layout cut; a shorter one may be a title.
    private const int MinCutSentence = 20;

    public static IReadOnlyList<ImportedSection> Assemble(ReadDocument document)
    {
        var sections = new List<ImportedSection>();
        var path = new List<(int Level, string Text)>();
        var body = new List<string>();
        var targets = false;
        var targetRows = new List<string>();
        int? page = null;
        foreach (var block in WithBrokenParagraphsJoined(WithHeadingListsAsText(document.Blocks)))
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
            if (block.HoldsTargets)
            {
                targetRows.Add(block.Text);
            }
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

            NotesNextToTheirMarks(body);

            // A cover page (title, date, the city's name) is text before the first heading without a single sentence.
            var cover = path.Count == 0 && !body.Any(b => b.Contains('。', StringComparison.Ordinal));
            if (body.Count > 0 && !cover)
            {
                // Text before the first heading is the document's own introduction. Titled with the document's title it
                // would match every question naming the plan (「行方市DX基本方針のデジタル三原則は？」) by its title alone.
                var headings = path.Count > 0 ? path.Select(h => h.Text).ToList() : [ImportTexts.IntroductionTitle];
                sections.Add(new ImportedSection(headings, string.Join('\n', body.Select(LineRules.CloseUp)), page) { Keywords = targets ? TableText.TargetKeywords : [] });
                sections.AddRange(IndicatorSections(headings, targetRows, page));
            }

            // One line each, as a list: run together, 「策定発行 | 御前崎市編集 | …」 would not read.
            if (colophon.Count > 0)
            {
                sections.Add(new ImportedSection([ImportTexts.ColophonTitle], string.Join('\n', colophon.Select(l => "・" + LineRules.CloseUp(l).Trim())), page) { Keywords = ImportTexts.ColophonKeywords });
            }

            body.Clear();
            targetRows.Clear();
            targets = false;
            page = null;
        }
    }

    /// <summary>
    /// Each indicator of a table of targets as a section of its own under the table's (「第四章 進行管理(目標値) ＞
    /// デジタル格差解消のための市民向け講座参加者数(累計)」), its row as the body: a resident asks for one figure in words
    /// of their own (「スマホ講座って何人くらい参加する目標？」), and in the whole table of twelve rows the one they name is a
    /// small part that other passages on the measure outweigh, while the row alone is what they ask. The table's section
    /// stays whole for the list (「KPIを一覧で」).
    /// </summary>
    private static IEnumerable<ImportedSection> IndicatorSections(List<string> headings, List<string> rows, int? page)
    {
        foreach (var row in rows)
        {
            var text = LineRules.CloseUp(row).Trim();
            var name = text.TrimStart('・').Split('：', 2)[0].Trim();
            if (name.Length > 0 && name.Length < text.Length)
            {
                yield return new ImportedSection([.. headings, name], text, page);
            }
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
    /// A note printed under a table (「(*) BPRへの取組の徹底については、重点項目になっていませんが…」) is read with the row
    /// that carries its mark (「BPRへの取組みの徹底(*)」): after the table's rows it was read last, so an answer quoting the
    /// row from a long table never reached what the note says of it.
    /// </summary>
    private static void NotesNextToTheirMarks(List<string> body)
    {
        for (var i = 1; i < body.Count; i++)
        {
            if (NoteMark().Match(body[i]) is not { Success: true } note)
            {
                continue;
            }

            var marked = body.FindIndex(0, i, l => l.Contains(note.Value, StringComparison.Ordinal) && !l.StartsWith(note.Value, StringComparison.Ordinal));
            if (marked >= 0 && marked < i - 1)
            {
                var text = body[i];
                body.RemoveAt(i);
                body.Insert(marked + 1, text);
            }
        }
    }

    // A note's own mark in brackets opening its line: 「(*)」「（※）」「(注)」.
    [GeneratedRegex(@"^[(（]\s*[*＊※注]\s*[)）]")]
    private static partial Regex NoteMark();

    /// <summary>
    /// A sentence a layout broke into two paragraphs (a blank line, a page break): 「…外国語や音声読み上げに」 then
    /// 「も対応しています。」. Apart, the second is a sentence without a subject and the first one without an end, and
    /// an answer picking one of them says nothing (「も対応しています。」). A paragraph that does not end a sentence
    /// continues into the next when that one opens with kana no sentence opens with (a particle, an ending: 「も」「る」) or
    /// when it stops on a particle (「…利用することで」 then 「得られるメリットは…」). Items, sub-headings (「■…」), table
    /// rows and headings are never joined.
    /// </summary>
    private static List<ImportBlock> WithBrokenParagraphsJoined(IEnumerable<ImportBlock> blocks)
    {
        var result = new List<ImportBlock>();
        // The paragraph a sentence may carry on from, and the footnotes printed between it and its continuation
        // (「…配布準備など」 「¹⁶ 情報モラル:…」 「の作業時間を削減するなど…」): they go after the joined sentence.
        var open = -1;
        foreach (var block in blocks)
        {
            if (!block.IsHeading && !block.HoldsTargets && open >= 0 && Continues(result[open].Text, block.Text))
            {
                var joined = new System.Text.StringBuilder(result[open].Text);
                LineRules.Join(joined, block.Text);
                var notes = result.Skip(open + 1).ToList();
                result.RemoveRange(open + 1, notes.Count);
                result[open] = result[open] with { Text = joined.ToString() };
                result.AddRange(notes);
                continue;
            }

            if (open >= 0 && !block.IsHeading && Footnote().IsMatch(block.Text.TrimStart()))
            {
                result.Add(block);
                continue;
            }

            result.Add(block);
            open = block is { IsHeading: false, HoldsTargets: false } && !Footnote().IsMatch(block.Text.TrimStart()) ? result.Count - 1 : -1;
        }

        return result;
    }

    private static bool Continues(string previous, string next)
    {
        var before = previous.TrimEnd();
        var after = next.TrimStart();
        if (before.Length == 0 || after.Length == 0 || LineRules.EndsSentence(before) || LineRules.StartsItem(before.TrimStart())
            || LineRules.StartsItem(after) || ListItem().IsMatch(after) || Footnote().IsMatch(after))
        {
            return false;
        }

        // A short line stopping on a particle is a title (「はじめに」), not a sentence cut short.
        return ContinuingKana().IsMatch(after) || (before.Length >= MinCutSentence && StopsOnParticle().IsMatch(before) && OpensText().IsMatch(after));
    }

    // Kana that carries on a sentence (a particle or a verb's ending): 「も対応しています」「るとの考えのもと」
    // 「のマイナンバーカード交付率は」. A sentence may open with hiragana too (「また、」「これらの」「さらに」「この」「その」
    // 「なお」), which is no continuation.
    [GeneratedRegex(@"^(?!また|これ|この|その|それ|さらに|なお|ただし|しかし|そして|あわせて|あらゆる|いつでも|だれ|どこ|では|とくに|とりわけ|たとえば|とはいえ|はじめ)[もをにがはのでとへやるれたてくけ]")]
    private static partial Regex ContinuingKana();

    // A paragraph stopping on a particle or a comma is a sentence cut short (「利用することで」「引き続き、」), not a title.
    [GeneratedRegex(@"(?<![こも])[でにをがはもて、]$")]
    private static partial Regex StopsOnParticle();

    // Text a cut sentence carries on with: a word, not a label in brackets (「〈KPI〉」).
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}A-Za-z0-9]")]
    private static partial Regex OpensText();

    // A footnote after the text (「¹ IoT:…」「※1 …」): a note of its own, not the sentence's end.
    [GeneratedRegex(@"^[¹²³⁴⁵⁶⁷⁸⁹⁰※*＊]")]
    private static partial Regex Footnote();

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
