namespace DxBot.Knowledge.Loading;

/// <summary>A file found in one of the knowledge folders.</summary>
/// <param name="RootName">The knowledge folder's own name (e.g. "seeds"), which keeps ids of plain-text drop-ins apart.</param>
/// <param name="RelativePath">The path inside its knowledge folder with '/' separators: what errors and entries report.</param>
internal sealed record KnowledgeFile(string RootName, string RelativePath, string FullPath, KnowledgeFileKind Kind)
{
    /// <summary>
    /// The size and last write time the walk saw (of the link's target for a link), or null when the file was not
    /// found by a walk. Not part of the file's identity: the loader looks up the last load's parse by the file.
    /// </summary>
    public FileStamp? Stamp { get; init; }

    public string Name => Path.GetFileName(RelativePath);

    /// <summary>The city id of a file in cities/&lt;id&gt;/, or null.</summary>
    public string? CityFolder
    {
        get
        {
            var parts = RelativePath.Split('/');
            return parts.Length == 3 && parts[0] == "cities" ? parts[1] : null;
        }
    }

    public static KnowledgeFileKind Classify(string relativePath)
    {
        var parts = relativePath.Split('/');
        var name = parts[^1];
        if (name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
        {
            return KnowledgeFileKind.Ignored;
        }

        if (parts.Length == 3 && parts[0] == "cities")
        {
            switch (name)
            {
                case "city.yaml":
                    return KnowledgeFileKind.CityProfile;
                case "procedures.csv":
                    return KnowledgeFileKind.CityProcedures;
                case "support.yaml":
                    return KnowledgeFileKind.Support;
            }

            if (HasExtension(name, ".md"))
            {
                return KnowledgeFileKind.Markdown;
            }
        }

        if (parts.Length == 2 && parts[0] == "procedures" && name == "catalog.csv")
        {
            return KnowledgeFileKind.Catalog;
        }

        if (parts.Length == 2 && parts[0] == "mynumber" && HasExtension(name, ".md"))
        {
            return KnowledgeFileKind.Markdown;
        }

        if (parts.Length == 2 && parts[0] == "en" && HasExtension(name, ".yaml"))
        {
            return KnowledgeFileKind.English;
        }

        if (name.Equals("synonyms.txt", StringComparison.OrdinalIgnoreCase))
        {
            return KnowledgeFileKind.Synonyms;
        }

        if (name.Equals("readings.txt", StringComparison.OrdinalIgnoreCase))
        {
            return KnowledgeFileKind.Readings;
        }

        // Any other text file is a plan an administrator dropped in, wherever it sits.
        return HasExtension(name, ".txt") ? KnowledgeFileKind.PlainText : KnowledgeFileKind.Ignored;
    }

    public bool Equals(KnowledgeFile? other) =>
        other is not null && RootName == other.RootName && RelativePath == other.RelativePath && FullPath == other.FullPath && Kind == other.Kind;

    public override int GetHashCode() => HashCode.Combine(RootName, RelativePath, FullPath, Kind);

    private static bool HasExtension(string name, string extension) =>
        name.EndsWith(extension, StringComparison.OrdinalIgnoreCase);
}
