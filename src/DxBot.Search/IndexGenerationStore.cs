using System.Globalization;

namespace DxBot.Search;

/// <summary>
/// The index root on disk: one folder a generation (gen-000012), and a <c>current</c> file naming the one in service,
/// replaced by an atomic rename so a reader of the root never sees a half-written name or a half-built index.
/// A root belongs to one service at a time (<see cref="TryLock"/>): a second one would prune the first's generations.
/// </summary>
public sealed class IndexGenerationStore : IDisposable
{
    public const string CurrentFileName = "current";
    public const string LockFileName = ".lock";
    private const string Prefix = "gen-";

    private FileStream? lockFile;

    public IndexGenerationStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = System.IO.Path.GetFullPath(root);
    }

    public string Root { get; }

    public static string FolderName(long generation) => $"{Prefix}{generation.ToString("D6", CultureInfo.InvariantCulture)}";

    public string PathOf(long generation) => System.IO.Path.Combine(Root, FolderName(generation));

    /// <summary>The generation the <c>current</c> file names, if any.</summary>
    public long? ReadCurrent() => ReadCurrentPointer().Generation;

    /// <summary>The generation the <c>current</c> file names, or why it names none (null when there is simply no file).</summary>
    public CurrentPointer ReadCurrentPointer()
    {
        var file = System.IO.Path.Combine(Root, CurrentFileName);
        if (System.IO.Directory.Exists(file))
        {
            return new CurrentPointer(null, "`current` is a directory, not a file");
        }

        if (!File.Exists(file))
        {
            return new CurrentPointer(null, null);
        }

        try
        {
            // A pointer is a dozen bytes; a larger file is not one, and reading it whole could cost anything.
            if (new FileInfo(file).Length > 64)
            {
                return new CurrentPointer(null, "`current` is too large to be a generation name");
            }

            return TryParse(File.ReadAllText(file).Trim(), out var generation)
                ? new CurrentPointer(generation, null)
                : new CurrentPointer(null, "`current` does not name a generation");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CurrentPointer(null, $"`current` cannot be read ({e.GetType().Name})");
        }
    }

    /// <summary>The generation folders present, oldest first.</summary>
    public IReadOnlyList<long> List()
    {
        if (!System.IO.Directory.Exists(Root))
        {
            return [];
        }

        return System.IO.Directory.EnumerateDirectories(Root, Prefix + "*")
            .Select(d => TryParse(System.IO.Path.GetFileName(d), out var g) ? g : -1)
            .Where(g => g >= 0)
            .Order()
            .ToList();
    }

    /// <summary>A generation number above every one on disk, so a restart never reuses a folder.</summary>
    public long Next(long atLeast = 1) => Math.Max(atLeast, Math.Max(List().DefaultIfEmpty(0).Max(), ReadCurrent() ?? 0) + 1);

    /// <summary>Makes a fully written generation the current one.</summary>
    public void Publish(long generation)
    {
        System.IO.Directory.CreateDirectory(Root);
        var file = System.IO.Path.Combine(Root, CurrentFileName);
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, FolderName(generation) + "\n");
        if (System.IO.Directory.Exists(file))
        {
            // A directory in its place refused every publish; it is kept aside for whoever put it there.
            System.IO.Directory.Move(file, $"{file}.invalid-{DateTime.UtcNow:yyyyMMddHHmmssfff}");
        }

        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>Deletes a generation's folder; false if it could not be deleted now (it is retried on the next prune).</summary>
    public bool Delete(long generation)
    {
        var folder = PathOf(generation);
        try
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Deletes every generation folder except the given ones (leftovers of failed builds or earlier runs).</summary>
    public void DeleteAllExcept(IEnumerable<long> keep)
    {
        var kept = keep.ToHashSet();
        foreach (var generation in List().Where(g => !kept.Contains(g)))
        {
            Delete(generation);
        }
    }

    /// <summary>
    /// Takes the root for this service alone until disposed; false when another one, in this process or another,
    /// holds it (a `dxbot ask` next to a running `dxbot serve`).
    /// </summary>
    public bool TryLock()
    {
        if (lockFile is not null)
        {
            return true;
        }

        try
        {
            System.IO.Directory.CreateDirectory(Root);
            lockFile = new FileStream(System.IO.Path.Combine(Root, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        lockFile?.Dispose();
        lockFile = null;
    }

    private static bool TryParse(string name, out long generation)
    {
        generation = 0;
        return name.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(name.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out generation);
    }
}
