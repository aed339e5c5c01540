using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Loading;

/// <summary>
/// Reads knowledge folders into a <see cref="KnowledgeBase"/>. Bad content never throws: each problem becomes a
/// <see cref="KnowledgeError"/> with its file and line, and only the broken piece (file, section, row, item) is left out.
/// </summary>
public sealed class KnowledgeLoader(KnowledgeLimits? limits = null)
{
    private readonly KnowledgeLimits limits = limits ?? KnowledgeLimits.Default;

    // The Markdown files of the last load, parsed: a reindex after one file's edit parses that file again, not the
    // thousands beside it (half a second of the 100× knowledge's reindex; bench/load/NOTES.md). A file is reused only
    // when its text and the city profiles it was checked against are exactly those of the last load.
    private IReadOnlyDictionary<KnowledgeFile, ParsedMarkdown> parsedMarkdown = new Dictionary<KnowledgeFile, ParsedMarkdown>();

    // The synonyms and readings files of the last load, by the same rule as the Markdown files but on the stamp alone:
    // their parse depends on nothing else.
    private IReadOnlyDictionary<KnowledgeFile, ParsedWordList> parsedWordLists = new Dictionary<KnowledgeFile, ParsedWordList>();
    private int lastEntryCount;
    private long unread;
    private long parsedFiles;

    /// <summary>Markdown files taken over from the previous load without reading them (their stamp had not changed), over this loader's life.</summary>
    public long MarkdownFilesUnread => Interlocked.Read(ref unread);

    /// <summary>Markdown files parsed, over this loader's life (an unchanged file read again but not parsed is not counted).</summary>
    public long MarkdownFilesParsed => Interlocked.Read(ref parsedFiles);

    /// <summary>Loads and merges the folders, in order; where two folders define the same thing, the first one wins.</summary>
    public KnowledgeBase Load(IReadOnlyList<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var started = DateTime.UtcNow;
        var errors = new ErrorLog(limits);
        var files = directories.SelectMany(d => KnowledgeFolder.Walk(d, errors)).ToList();

        // Profiles and the catalog first: every other file is checked against them and cites the plans' titles.
        var cities = new Dictionary<string, CityProfile>(StringComparer.Ordinal);
        foreach (var (file, text) in Read(files, KnowledgeFileKind.CityProfile, errors))
        {
            if (Guarded(file, errors, () => CityYamlParser.Parse(file, text, errors), null) is not { } city)
            {
                continue;
            }

            if (!cities.TryAdd(city.Id, city))
            {
                errors.Add(file, 1, $"市「{city.Id}」の city.yaml は別の知識フォルダで読み込み済みのため、このファイルは使われません。");
            }
        }

        var procedures = new List<Procedure>();
        var procedureIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, text) in Read(files, KnowledgeFileKind.Catalog, errors))
        {
            procedures.AddRange(Guarded(file, errors, () => CatalogCsvParser.Parse(file, text, procedureIds, errors), []));
        }

        var catalog = procedures.ToDictionary(p => p.Id, StringComparer.Ordinal);
        // Sized as the last load's: 32,500 entries at 100× grew the list by doubling at every reindex.
        var entries = new List<KnowledgeEntry>(Volatile.Read(ref lastEntryCount));
        var cityProcedures = new List<CityProcedure>();
        var programs = new List<SupportProgram>();
        var sessions = new List<SupportSession>();
        var synonyms = new List<IReadOnlyList<string>>();
        var readings = new List<IReadOnlyList<string>>();
        var seenProcedures = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        // The English layer only words what the Japanese knowledge holds: it is checked against its cities and catalog.
        var english = EnglishLayerParser.Parse(Read(files, KnowledgeFileKind.English, errors), cities, procedureIds, errors);
        var lastParsed = Volatile.Read(ref parsedMarkdown);
        var parsed = new Dictionary<KnowledgeFile, ParsedMarkdown>();
        var lastWordLists = Volatile.Read(ref parsedWordLists);
        var wordLists = new Dictionary<KnowledgeFile, ParsedWordList>();
        var profiles = System.Text.Json.JsonSerializer.Serialize(cities.OrderBy(c => c.Key, StringComparer.Ordinal));
        foreach (var file in files.Where(f => f.Kind is not (KnowledgeFileKind.CityProfile or KnowledgeFileKind.Catalog or KnowledgeFileKind.English)))
        {
            if (file.Kind == KnowledgeFileKind.Markdown)
            {
                if (LoadMarkdown(file, lastParsed.GetValueOrDefault(file), cities, profiles, started, errors) is { } markdown)
                {
                    parsed[file] = markdown;
                    entries.AddRange(markdown.Entries);
                    foreach (var error in markdown.Errors)
                    {
                        errors.Add(error.File, error.Line, error.Message);
                    }
                }

                continue;
            }

            if (file.Kind is KnowledgeFileKind.Synonyms or KnowledgeFileKind.Readings)
            {
                if (LoadWordList(file, lastWordLists.GetValueOrDefault(file), errors) is { } list)
                {
                    (file.Kind == KnowledgeFileKind.Synonyms ? synonyms : readings).AddRange(list.Groups);
                    foreach (var error in list.Errors)
                    {
                        errors.Add(error.File, error.Line, error.Message);
                    }

                    if (list.Stamp?.IfSettled(started) is not null)
                    {
                        wordLists[file] = list;
                    }
                }

                continue;
            }

            if (TextFileReader.Read(file, errors) is not { } text)
            {
                continue;
            }

            try
            {
                switch (file.Kind)
                {
                    case KnowledgeFileKind.CityProcedures when CityOf(file, cities, errors) is { } city:
                        var seen = seenProcedures.TryGetValue(city.Id, out var set) ? set : seenProcedures[city.Id] = new HashSet<string>(StringComparer.Ordinal);
                        var (rows, rowEntries) = CityProceduresCsvParser.Parse(file, text, city, catalog, seen, errors);
                        cityProcedures.AddRange(rows);
                        entries.AddRange(rowEntries);
                        break;
                    case KnowledgeFileKind.Support when CityOf(file, cities, errors) is { } city:
                        var (cityPrograms, citySessions, programEntries) = SupportYamlParser.Parse(file, text, city, errors);
                        programs.AddRange(cityPrograms);
                        sessions.AddRange(citySessions);
                        entries.AddRange(programEntries);
                        break;
                    case KnowledgeFileKind.PlainText:
                        entries.AddRange(PlainTextParser.Parse(file, text, cities, errors));
                        break;
                }
            }
            catch (Exception ex)
            {
                errors.Add(file, 0, Unexpected(ex));
            }
        }

        entries.AddRange(CatalogEntries(procedures));
        Volatile.Write(ref parsedMarkdown, parsed);
        Volatile.Write(ref parsedWordLists, wordLists);
        Volatile.Write(ref lastEntryCount, entries.Count);
        return new KnowledgeBase
        {
            Cities = cities,
            Entries = UniqueIds(entries),
            Procedures = procedures,
            CityProcedures = cityProcedures,
            SupportPrograms = programs,
            SupportSessions = sessions,
            Synonyms = synonyms,
            Readings = readings,
            English = english,
            Errors = errors.Errors.ToList(),
            FileCount = files.Count,
        };
    }

    /// <summary>
    /// A Markdown file's entries and errors: those of the last load when the file is that load's (same stamp, not read
    /// again; or same text) and was checked against the same city profiles, otherwise parsed. Null when it cannot be read.
    /// </summary>
    private ParsedMarkdown? LoadMarkdown(KnowledgeFile file, ParsedMarkdown? last, Dictionary<string, CityProfile> cities, string profiles, DateTime started, ErrorLog errors)
    {
        // The walk's stamp, taken before any read as FileStamp.Of's was: a write after it makes the next load read again.
        var stamp = file.Stamp ?? FileStamp.Of(file.FullPath);
        var sameProfiles = last is not null && last.Profiles == profiles;
        if (sameProfiles && stamp is not null && stamp == last!.Stamp)
        {
            // Unread, but held to the limits as if read: a file over them now is reported, not served from memory. The
            // walk found it a regular file of this size, and it is not opened, so its stamp's size is what is checked.
            if (TextFileReader.Admit(file, stamp.Length, errors) is not { } size)
            {
                return null;
            }

            errors.BytesRead += size;
            Interlocked.Increment(ref unread);
            return last;
        }

        if (TextFileReader.Read(file, errors) is not { } text)
        {
            return null;
        }

        var hash = System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
        var settled = stamp?.IfSettled(started);
        if (sameProfiles && last!.TextHash.AsSpan().SequenceEqual(hash))
        {
            return last with { Stamp = settled };
        }

        try
        {
            // Its own log, so that its errors can be told again when the file is reused.
            var log = new ErrorLog(limits);
            var parsed = new ParsedMarkdown(settled, hash, profiles, MarkdownSectionParser.Parse(file, text, cities, log), [.. log.Errors]);
            Interlocked.Increment(ref parsedFiles);
            return parsed;
        }
        catch (Exception ex)
        {
            errors.Add(file, 0, Unexpected(ex));
            return null;
        }
    }

    /// <summary>
    /// A synonyms or readings file's groups and errors: the last load's when its stamp is the same (not read again, but
    /// held to the limits), otherwise parsed. Null when it cannot be read; a parse whose stamp is unknown is not kept.
    /// </summary>
    private ParsedWordList? LoadWordList(KnowledgeFile file, ParsedWordList? last, ErrorLog errors)
    {
        var stamp = file.Stamp ?? FileStamp.Of(file.FullPath);
        if (last is not null && stamp is not null && stamp == last.Stamp)
        {
            if (TextFileReader.Admit(file, stamp.Length, errors) is not { } size)
            {
                return null;
            }

            errors.BytesRead += size;
            return last;
        }

        if (TextFileReader.Read(file, errors) is not { } text)
        {
            return null;
        }

        try
        {
            // Its own log, so that its errors can be told again when the file is reused. Readings have the same
            // two-column shape as synonyms: the word, then its readings.
            var log = new ErrorLog(limits);
            var groups = SynonymsParser.Parse(file, text, log);
            return new ParsedWordList(stamp, groups, [.. log.Errors]);
        }
        catch (Exception ex)
        {
            errors.Add(file, 0, Unexpected(ex));
            return null;
        }
    }

    private static IEnumerable<(KnowledgeFile File, string Text)> Read(List<KnowledgeFile> files, KnowledgeFileKind kind, ErrorLog errors)
    {
        foreach (var file in files.Where(f => f.Kind == kind))
        {
            if (TextFileReader.Read(file, errors) is { } text)
            {
                yield return (file, text);
            }
        }
    }

    private static T Guarded<T>(KnowledgeFile file, ErrorLog errors, Func<T> parse, T fallback)
    {
        try
        {
            return parse();
        }
        catch (Exception ex)
        {
            errors.Add(file, 0, Unexpected(ex));
            return fallback;
        }
    }

    // A parser bug must cost one file, not the reindex: the bot keeps serving the rest.
    private static string Unexpected(Exception ex) => $"読み込み中に予期しないエラーが起きました: {ex.GetType().Name}: {ex.Message}";

    private static CityProfile? CityOf(KnowledgeFile file, Dictionary<string, CityProfile> cities, ErrorLog errors)
    {
        if (file.CityFolder is { } id && cities.TryGetValue(id, out var city))
        {
            return city;
        }

        errors.Add(file, 0, $"市「{file.CityFolder}」の city.yaml がないか読めなかったため、このファイルは使われません。");
        return null;
    }

    /// <summary>
    /// National entries for the prefecture's procedures of the catalog: the city plans leave them out, so without
    /// these a resident asking about 車庫証明 would get nothing instead of being sent to the prefecture.
    /// </summary>
    private static IEnumerable<KnowledgeEntry> CatalogEntries(IEnumerable<Procedure> procedures) =>
        procedures.Where(p => p.IsPrefectural).Select(p => new KnowledgeEntry(
            $"procedures/catalog.csv#{p.Id}",
            p.Name,
            $"{p.Name}は、国がオンライン化を進める手続（{p.Category}関係）のうち、市区町村ではなく都道府県が担当する手続です。お住まいの都道府県の窓口にお問い合わせください。",
            new Citation("自治体DX推進計画（総務省）", $"{p.Category}関係の対象手続"))
        {
            Topic = KnowledgeTopics.Procedure,
            Keywords = p.Aliases,
            File = "procedures/catalog.csv",
        });

    /// <summary>Ids are unique even when two folders hold a file of the same name; the later one gets a suffix.</summary>
    private static List<KnowledgeEntry> UniqueIds(List<KnowledgeEntry> entries)
    {
        var used = new HashSet<string>(entries.Count, StringComparer.Ordinal);
        var result = new List<KnowledgeEntry>(entries.Count);
        foreach (var entry in entries)
        {
            var id = entry.Id;
            for (var n = 2; !used.Add(id); n++)
            {
                id = $"{entry.Id}~{n}";
            }

            result.Add(id == entry.Id ? entry : entry with { Id = id });
        }

        return result;
    }
}
