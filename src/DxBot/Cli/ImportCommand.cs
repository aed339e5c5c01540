using DxBot.Hosting;
using DxBot.Import;

namespace DxBot.Cli;

/// <summary>
/// `dxbot import FILE --city ID [--out FOLDER]`: a city's document as a draft knowledge file. Exit 0 written, 1 the
/// knowledge loader rejected the draft (nothing written), 2 bad arguments, 3 the document cannot be read (broken,
/// encrypted, unsupported; nothing written). The command line then puts the draft in service (a reindex, by the
/// running bot when one holds the index): <see cref="WrittenNotInService"/> when that does not happen.
/// </summary>
public static class ImportCommand
{
    /// <summary>The draft is written, but the reindex did not put it in service (the output says why; the draft stays for review).</summary>
    public const int WrittenNotInService = 4;

    public static int Run(FileInfo file, string city, string? outFolder, IReadOnlyList<string>? knowledgeFolders, TextWriter output, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine($"No such file: {file.FullName}");
            return 2;
        }

        var folders = KnowledgeLocator.Resolve(knowledgeFolders ?? []);
        var cityFolder = Imports.CityFolders.Find(folders, city);
        if (cityFolder is null)
        {
            // The draft cites the city's plan and is checked against its profile: the city must exist first.
            error.WriteLine($"Unknown city '{city}': no cities/{city}/city.yaml in {string.Join(", ", folders)}. Create the city's city.yaml first.");
            return 2;
        }

        ImportOutcome outcome;
        try
        {
            outcome = DocumentImporter.Import(file.FullName, city, Path.Combine(cityFolder, "city.yaml"), Path.GetFullPath(outFolder ?? cityFolder));
        }
        catch (DocumentImportException ex)
        {
            error.WriteLine($"Cannot import {file.Name}: {ex.Message}");
            error.WriteLine("Nothing was written.");
            return 3;
        }

        if (!outcome.Written)
        {
            output.WriteLine($"The draft from {file.Name} does not pass the knowledge check; nothing was written.");
            foreach (var problem in outcome.Errors)
            {
                output.WriteLine($"error: {problem}");
            }

            return 1;
        }

        output.WriteLine($"Imported {outcome.Sections.Count} sections of 「{outcome.DocumentTitle}」 into {outcome.DraftPath}");
        foreach (var section in outcome.Sections)
        {
            output.WriteLine($"  ## {section.Title}  (出典: {section.Source}, {section.Body.Length} 文字)");
        }

        return 0;
    }
}
