using System.Text;
using System.Text.RegularExpressions;
using DxBot.Import.Readers;
using DxBot.Knowledge.Loading;

namespace DxBot.Import;

/// <summary>
/// `dxbot import`: reads a city's document (PDF, DOCX, HTML, TXT, Markdown) into sections and writes them as a draft
/// knowledge file `imported-NAME.md`, after the knowledge loader has read the draft without a complaint.
/// </summary>
public static partial class DocumentImporter
{
    /// <summary>Reads a document into sections. Throws <see cref="DocumentImportException"/> when it cannot be read.</summary>
    public static (string Title, IReadOnlyList<ImportedSection> Sections) ReadSections(string documentPath)
    {
        var read = Read(documentPath);
        return (read.Title, read.Sections);
    }

    /// <summary>
    /// Reads a document into sections and keeps its whole cleaned text (the cover and the colophon included, which are
    /// no sections but name the plan's date and office). Throws <see cref="DocumentImportException"/> when it cannot be read.
    /// </summary>
    public static PlanDocument Read(string documentPath)
    {
        var info = new FileInfo(documentPath);
        if (info.Length == 0)
        {
            throw new DocumentImportException(ImportTexts.Empty);
        }

        var extension = info.Extension.ToLowerInvariant();
        var document = extension switch
        {
            ".pdf" => PdfReader.Read(documentPath),
            ".docx" => DocxReader.Read(documentPath),
            ".html" or ".htm" => HtmlReader.Read(ReadText(documentPath)),
            ".txt" => PlainReader.Read(ReadText(documentPath), markdown: false),
            ".md" or ".markdown" => PlainReader.Read(ReadText(documentPath), markdown: true),
            _ => throw new DocumentImportException(ImportTexts.Unsupported),
        };
        var fallback = Path.GetFileNameWithoutExtension(documentPath);
        var sections = SectionAssembler.Assemble(document);
        if (sections.Count == 0)
        {
            throw new DocumentImportException(ImportTexts.NoSections);
        }

        return new PlanDocument(document.Title ?? fallback, sections, string.Join('\n', document.Blocks.Select(b => b.Text)));
    }

    /// <summary>
    /// Imports a document for a city into <paramref name="outputFolder"/>, replacing an earlier import of the same
    /// document. The draft is first read by the knowledge loader beside the city's <paramref name="cityYamlPath"/>; when
    /// the loader reports errors they are returned and nothing is written.
    /// </summary>
    public static ImportOutcome Import(string documentPath, string cityId, string cityYamlPath, string outputFolder, KnowledgeLimits? limits = null) =>
        Import(documentPath, Read(documentPath), cityId, cityYamlPath, outputFolder, limits);

    /// <inheritdoc cref="Import(string, string, string, string, KnowledgeLimits?)"/>
    /// <param name="read">The document as <see cref="Read"/> returned it, when the caller has read it already.</param>
    public static ImportOutcome Import(string documentPath, PlanDocument read, string cityId, string cityYamlPath, string outputFolder, KnowledgeLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        // Citations name the plan: a cover whose first line is the city's name alone (「五所川原市」, then 「DX推進計画」)
        // is cited by the cover's line that names the plan, with the city's name before it.
        var title = CityName(cityYamlPath) is { } cityName ? Cities.PlanFactsFinder.Title(read, cityName) : read.Title;
        var sections = read.Sections;
        var name = DraftFileName(documentPath);
        var draft = DraftWriter.Write(cityId, title, Path.GetFileName(documentPath), sections);
        var target = Path.Combine(outputFolder, name);
        var errors = Validate(cityId, cityYamlPath, name, draft, sections.Count, limits);
        if (errors.Count == 0)
        {
            Directory.CreateDirectory(outputFolder);
            // Written beside the target and moved over it, so a running bot's reindex never reads half a file.
            var temporary = Path.Combine(outputFolder, $".{name}.{Guid.NewGuid():N}.tmp");
            File.WriteAllText(temporary, draft, new UTF8Encoding(false));
            File.Move(temporary, target, overwrite: true);
        }

        return new ImportOutcome(target, title, sections, errors);
    }

    /// <summary>`imported-` and the document's file name in letters, digits and dashes (Japanese kept), so re-importing a revised document replaces it.</summary>
    public static string DraftFileName(string documentPath)
    {
        var stem = UnsafeName().Replace(Path.GetFileNameWithoutExtension(documentPath), "-").Trim('-', '.');
        return $"imported-{(stem.Length == 0 ? "document" : stem)}.md";
    }

    private static List<string> Validate(string cityId, string cityYamlPath, string name, string draft, int sectionCount, KnowledgeLimits? limits)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "dxbot-import-" + Guid.NewGuid().ToString("N"));
        try
        {
            var cityFolder = Path.Combine(scratch, "cities", cityId);
            Directory.CreateDirectory(cityFolder);
            File.Copy(cityYamlPath, Path.Combine(cityFolder, "city.yaml"));
            File.WriteAllText(Path.Combine(cityFolder, name), draft, new UTF8Encoding(false));
            var loaded = new KnowledgeLoader(limits).Load([scratch]);
            var errors = loaded.Errors.Select(e => e.ToString()).ToList();
            var entries = loaded.Entries.Count(e => e.File?.EndsWith(name, StringComparison.Ordinal) == true);
            if (errors.Count == 0 && entries != sectionCount)
            {
                errors.Add($"{name}: {sectionCount} 節のうち {entries} 項目しか読み込めませんでした。");
            }

            return errors;
        }
        finally
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    /// <summary>The city's name from its city.yaml (`name:`), or null when it has none that can be read.</summary>
    private static string? CityName(string cityYamlPath)
    {
        try
        {
            return File.ReadLines(cityYamlPath).Select(l => CityNameLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim().Trim('"', '\'');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string ReadText(string path)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentImportException(ImportTexts.NotUtf8, ex);
        }
    }

    [GeneratedRegex(@"^name:\s*(\S.*?)\s*(#.*)?$")]
    private static partial Regex CityNameLine();

    [GeneratedRegex(@"[^\p{L}\p{N}_\-]+")]
    private static partial Regex UnsafeName();
}
