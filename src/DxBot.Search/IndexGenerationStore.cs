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
    public long? ReadCurrent()
    {
        var file = System.IO.Path.Combine(Root, CurrentFileName);
        return File.Exists(file) && TryParse(File.ReadAllText(file).Trim(), out var generation) ? generation : null;
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
