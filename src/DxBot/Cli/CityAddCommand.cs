using System.Text;
using System.Text.RegularExpressions;
using DxBot.Hosting;
using DxBot.Import;
using DxBot.Import.Cities;
using DxBot.Imports;
using DxBot.Knowledge.Loading;

namespace DxBot.Cli;

/// <summary>
/// `dxbot city add ID --name 市名 --plan FILE`: a new city from its plan. Writes cities/ID/city.yaml with what the plan
/// says (title, period, published date, offices and phone numbers), each value marked 「要確認」 for review, then
/// imports the plan beside it. Exit 0 created, 1 the knowledge check refused the city or its plan (nothing kept),
/// 2 bad arguments (an existing city without --force, no prefecture found or given), 3 the plan cannot be read.
/// </summary>
public static partial class CityAddCommand
{
    public static int Run(string id, string name, FileInfo plan, string? prefecture, bool force, IReadOnlyList<string>? knowledgeFolders, TextWriter output, TextWriter error)
    {
        if (!CityId().IsMatch(id))
        {
            error.WriteLine($"Invalid city id '{id}': use lowercase letters, digits and '-' (e.g. handa).");
            return 2;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            error.WriteLine("--name must give the city's name (e.g. 半田市).");
            return 2;
        }

        if (!plan.Exists)
        {
            error.WriteLine($"No such file: {plan.FullName}");
            return 2;
        }

        var folders = KnowledgeLocator.Resolve(knowledgeFolders ?? []);
        var existing = CityFolders.Find(folders, id);
        if (existing is not null && !force)
        {
            error.WriteLine($"The city '{id}' exists already ({Path.Combine(existing, "city.yaml")}). Give --force to write its city.yaml again from the plan.");
            return 2;
        }

        PlanDocument document;
        try
        {
            document = DocumentImporter.Read(plan.FullName);
        }
        catch (DocumentImportException ex)
        {
            error.WriteLine($"Cannot read {plan.Name}: {ex.Message}");
            error.WriteLine("Nothing was written.");
            return 3;
        }

        var facts = PlanFactsFinder.Find(document, name.Trim());
        if (prefecture is null && facts.Prefecture is null)
        {
            error.WriteLine($"The plan names no prefecture: give it with --prefecture (e.g. --prefecture 愛知県). Nothing was written.");
            return 2;
        }

        var cityFolder = existing ?? Path.Combine(folders[0], "cities", id);
        var yamlPath = Path.Combine(cityFolder, "city.yaml");
        var folderCreated = !Directory.Exists(cityFolder);
        var previousYaml = File.Exists(yamlPath) ? File.ReadAllBytes(yamlPath) : null;
        Directory.CreateDirectory(cityFolder);
        WriteAtomically(yamlPath, CityYamlWriter.Write(id, name.Trim(), prefecture, facts, plan.Name));

        // The plan's draft is checked by the real loader beside the new city.yaml, which is checked with it.
        // Cited under the plan's title as found (a text's first line is often only the city's name, 「御前崎市」).
        var outcome = DocumentImporter.Import(plan.FullName, document with { Title = facts.Title }, id, yamlPath, cityFolder, new KnowledgeLimits());
        if (!outcome.Written)
        {
            if (previousYaml is not null)
            {
                File.WriteAllBytes(yamlPath, previousYaml);
            }
            else if (folderCreated)
            {
                Directory.Delete(cityFolder, recursive: true);
            }
            else
            {
                File.Delete(yamlPath);
            }

            output.WriteLine($"The city '{id}' and its plan do not pass the knowledge check; nothing was kept.");
            foreach (var problem in outcome.Errors)
            {
                output.WriteLine($"error: {problem}");
            }

            return 1;
        }

        output.WriteLine($"Created {yamlPath} from 「{document.Title}」 — review the values marked 要確認:");
        output.WriteLine($"  plan title: {facts.Title}");
        output.WriteLine($"  prefecture: {prefecture ?? facts.Prefecture}{(prefecture is null ? " (found in the plan)" : string.Empty)}");
        output.WriteLine($"  published:  {facts.Published ?? "(not found: add it)"}");
        output.WriteLine($"  period:     {facts.Period ?? "(not found: add it)"}");
        output.WriteLine($"  aliases:    {string.Join(", ", CityYamlWriter.Aliases(name.Trim()))} (add the reading in hiragana)");
        if (facts.Contacts.Count == 0)
        {
            output.WriteLine("  contacts:   (none found: add the office residents can call)");
        }

        foreach (var contact in facts.Contacts)
        {
            output.WriteLine($"  contact:    {contact.Department}{(contact.Phone is null ? string.Empty : " " + contact.Phone)}{(contact.Email is null ? string.Empty : " " + contact.Email)}{(contact.Internal ? " (internal body, not given to residents)" : string.Empty)}");
        }

        output.WriteLine($"Imported {outcome.Sections.Count} sections of the plan into {outcome.DraftPath}");
        output.WriteLine("Review both files, then run `dxbot reindex` (or POST /admin/reindex) to put the city in service.");
        return 0;
    }

    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9\-]{0,39}$")]
    private static partial Regex CityId();
}
