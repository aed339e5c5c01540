namespace DxBot.Knowledge.Loading;

/// <summary>
/// Finds the knowledge files of one folder. The walk is its own rather than Directory.EnumerateFiles, which follows
/// links: a <c>.txt</c> link to /proc/self/environ put the bot's secrets in answers, and two folder links pointing at
/// each other walked until memory ran out. Here folder links are never followed (so no cycle can exist), a file link
/// is taken only when its target is a regular file inside the folder, and anything that is not a regular file or a
/// folder is reported instead of opened.
/// </summary>
internal static class KnowledgeFolder
{
    public static IReadOnlyList<KnowledgeFile> Walk(string directory, ErrorLog errors)
    {
        var limits = errors.Limits;
        var given = Path.GetFullPath(directory);
        if (!Directory.Exists(given) || FileSystemProbe.Canonical(given) is not { } root)
        {
            errors.Add(directory, 0, "知識フォルダが見つかりません。");
            return [];
        }

        var rootName = Path.GetFileName(Path.TrimEndingDirectorySeparator(given));
        var files = new List<KnowledgeFile>();

        // Hidden folders (.git, editors' swap files) are skipped by the default attributes to skip.
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true };
        var pending = new Stack<(string Path, int Depth)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var folder))
        {
            IEnumerable<string> children;
            try
            {
                children = Directory.EnumerateFileSystemEntries(folder.Path, "*", options).Order(StringComparer.Ordinal).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(Relative(root, folder.Path, directory), 0, $"フォルダを読めません: {ex.Message}");
                continue;
            }

            foreach (var path in children)
            {
                var relative = Relative(root, path, directory);
                // One lstat a file: its kind, and the stamp the loader compares with the last load's (FileStamp).
                var (kind, size, written) = FileSystemProbe.InspectWithTime(path);
                switch (kind)
                {
                    case FileKind.Directory when folder.Depth + 1 > limits.MaxDepth:
                        errors.Add(relative, 0, $"フォルダの階層が深すぎるため、この中は読みません（上限 {limits.MaxDepth} 階層）。");
                        break;
                    case FileKind.Directory:
                        pending.Push((path, folder.Depth + 1));
                        break;
                    case FileKind.SymbolicLink when Linked(root, path, relative, errors) is { } target:
                        Add(new KnowledgeFile(rootName, relative, target.Path, KnowledgeFile.Classify(relative)) { Stamp = target.Stamp });
                        break;
                    case FileKind.SymbolicLink:
                        break;
                    case FileKind.Regular:
                        Add(new KnowledgeFile(rootName, relative, path, KnowledgeFile.Classify(relative)) { Stamp = new FileStamp(size, written) });
                        break;
                    case FileKind.Missing:
                        // Deleted while the folder was walked: it is simply not part of this load.
                        break;
                    default:
                        if (KnowledgeFile.Classify(relative) != KnowledgeFileKind.Ignored)
                        {
                            errors.Add(relative, 0, NotRegular(kind));
                        }

                        break;
                }

                if (files.Count > limits.MaxFiles)
                {
                    files.RemoveAt(files.Count - 1);
                    errors.Add(directory, 0, $"知識ファイルが多すぎるため、{limits.MaxFiles} 個を超えた分は読みません。");
                    return Sorted(files);
                }
            }
        }

        return Sorted(files);

        void Add(KnowledgeFile file)
        {
            if (file.Kind != KnowledgeFileKind.Ignored)
            {
                files.Add(file);
            }
        }
    }

    /// <summary>Why a file that is not a regular file is not read.</summary>
    public static string NotRegular(FileKind kind) => kind switch
    {
        FileKind.Fifo => "通常のファイルではない（名前付きパイプ）ため読みません。",
        FileKind.CharacterDevice or FileKind.BlockDevice => "通常のファイルではない（デバイス）ため読みません。",
        FileKind.Socket => "通常のファイルではない（ソケット）ため読みません。",
        FileKind.Directory => "ファイルではなくフォルダのため読みません。",
        FileKind.SymbolicLink => "リンクのため読みません。",
        FileKind.Missing => "ファイルが見つかりません。",
        _ => "通常のファイルではないため読みません。",
    };

    /// <summary>The target of a link and its stamp if it may be read: a regular file inside the knowledge folder; otherwise reported.</summary>
    private static (string Path, FileStamp Stamp)? Linked(string root, string link, string relative, ErrorLog errors)
    {
        if (FileSystemProbe.Canonical(link) is not { } target)
        {
            errors.Add(relative, 0, "リンク先が見つかりません。");
            return null;
        }

        if (!target.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            errors.Add(relative, 0, "リンク先が知識フォルダの外です。このリンクは読みません。");
            return null;
        }

        var (kind, size, written) = FileSystemProbe.InspectWithTime(target);
        if (kind == FileKind.Directory)
        {
            errors.Add(relative, 0, "フォルダへのリンクはたどりません。リンクではなくフォルダを置いてください。");
            return null;
        }

        if (kind != FileKind.Regular)
        {
            errors.Add(relative, 0, NotRegular(kind));
            return null;
        }

        return (target, new FileStamp(size, written));
    }

    private static string Relative(string root, string path, string directory) =>
        path == root ? directory : Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    // Sorted so that entry order, and ids that depend on it, are the same on every machine.
    private static List<KnowledgeFile> Sorted(List<KnowledgeFile> files) =>
        files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
}
