namespace DxBot.Knowledge.Loading;

/// <summary>
/// A file's size and last write time, read through the supported file API (as make and rsync compare files): when
/// both are those of the last load, the file is not read again. Only a stamp older than the load that read it by
/// <see cref="SettledAfter"/> is kept for that: file times tick in steps of a few milliseconds (or seconds on some
/// file systems), so a file written twice within one step could keep its stamp; a file written that lately is read
/// and compared again instead, until it has settled.
/// </summary>
internal sealed record FileStamp(long Length, DateTime LastWriteUtc)
{
    public static readonly TimeSpan SettledAfter = TimeSpan.FromSeconds(2);

    /// <summary>The file's stamp, or null when it cannot be read (then the file is read, and its problem reported, as before).</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>This stamp if it is old enough, at <paramref name="readingStarted"/>, to tell a later write apart; otherwise null.</summary>
    public FileStamp? IfSettled(DateTime readingStarted) => LastWriteUtc <= readingStarted - SettledAfter ? this : null;
}
