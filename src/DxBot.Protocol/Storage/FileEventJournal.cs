using System.Globalization;
using System.Text.Json;

namespace DxBot.Protocol.Storage;

/// <summary>
/// The <see cref="IEventJournal"/> of one instance without a shared store: append-only JSON Lines segment files in a
/// folder, each line an appended payload or a completion. An append returns only after fsync (concurrent appends share
/// one, so a busy webhook does not queue behind the disk); a completion is written without one, since a killed process
/// leaves it in the page cache and only a power cut would make an answered entry come back. A segment is deleted as soon
/// as every entry in it is complete (the payloads may hold personal data) and a new one begun past
/// <see cref="RotateBytes"/>, so the folder stays small. Each segment is held with an exclusive lock: the next run, or
/// another process sharing the folder, takes over only the segments of a process that is gone.
/// </summary>
public sealed class FileEventJournal : IEventJournal, IDisposable
{
    internal const long RotateBytes = 8 * 1024 * 1024;

    private const string Extension = ".jsonl";

    private readonly string _folder;
    private readonly Dictionary<string, Segment> _segments = new(StringComparer.Ordinal);
    private readonly HashSet<Segment> _unsynced = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _sync = new(1, 1);
    private Segment? _current;
    private long _written;
    private long _synced;
    private bool _recovered;
    private bool _disposed;

    public FileEventJournal(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
    }

    public async Task<IReadOnlyList<JournalReceipt>> AppendAsync(IReadOnlyList<string> payloads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payloads);
        if (payloads.Count == 0)
        {
            return [];
        }

        var receipts = new JournalReceipt[payloads.Count];
        long ticket;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var segment = _current ??= CreateSegment();
            using var buffer = new MemoryStream();
            for (var i = 0; i < payloads.Count; i++)
            {
                var sequence = segment.NextSequence++;
                WriteLine(buffer, writer =>
                {
                    writer.WriteNumber("a", sequence);
                    writer.WriteString("p", payloads[i]);
                });
                receipts[i] = new JournalReceipt(string.Concat(segment.Name, ":", sequence.ToString(CultureInfo.InvariantCulture)));
            }

            try
            {
                segment.Stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            }
            catch (IOException)
            {
                // A line may be half written (disk full): nothing more goes after it, or it would take the next line with it.
                segment.Retired = true;
                _current = null;
                if (segment.Outstanding == 0)
                {
                    Delete(segment);
                }

                throw;
            }

            segment.Bytes += buffer.Length;
            segment.Outstanding += payloads.Count;
            _unsynced.Add(segment);
            ticket = ++_written;
            if (segment.Bytes >= RotateBytes)
            {
                // Deleted once its last entry completes; new appends go to a fresh segment.
                segment.Retired = true;
                _current = null;
            }
        }

        // Not cancellable: once written, the entries are in the file whether or not the caller still waits.
        await SyncAsync(ticket).ConfigureAwait(false);
        return receipts;
    }

    public Task CompleteAsync(JournalReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var separator = receipt.Id.LastIndexOf(':');
        if (separator < 0 || !long.TryParse(receipt.Id.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            throw new ArgumentException("Not a receipt of this journal.", nameof(receipt));
        }

        lock (_gate)
        {
            if (_disposed || !_segments.TryGetValue(receipt.Id[..separator], out var segment))
            {
                return Task.CompletedTask;
            }

            if (segment.Recovered && !segment.Pending.Remove(sequence))
            {
                // Completed already.
                return Task.CompletedTask;
            }

            using var buffer = new MemoryStream();
            WriteLine(buffer, writer => writer.WriteNumber("c", sequence));
            segment.Stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            segment.Bytes += buffer.Length;
            if (--segment.Outstanding == 0 && (segment.Retired || segment == _current))
            {
                Delete(segment);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The first call takes over the segments of processes that are gone; later calls find nothing new.</summary>
    public Task<IReadOnlyList<JournalEntry>> ClaimAbandonedAsync(TimeSpan abandonedAfter, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_recovered || !Directory.Exists(_folder))
            {
                _recovered = true;
                return Task.FromResult<IReadOnlyList<JournalEntry>>([]);
            }

            _recovered = true;
            var entries = new List<JournalEntry>();
            foreach (var path in Directory.EnumerateFiles(_folder, "*" + Extension).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(path);
                if (_segments.ContainsKey(name) || TryTakeOver(path, name) is not { } segment)
                {
                    continue;
                }

                if (segment.Outstanding == 0)
                {
                    Delete(segment);
                    continue;
                }

                foreach (var (sequence, payload) in segment.Pending)
                {
                    entries.Add(new JournalEntry(new JournalReceipt(string.Concat(name, ":", sequence.ToString(CultureInfo.InvariantCulture))), payload));
                }
            }

            return Task.FromResult<IReadOnlyList<JournalEntry>>(entries);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;

            // Closed, not deleted: what is still outstanding is the next run's to answer.
            foreach (var segment in _segments.Values)
            {
                segment.Stream.Dispose();
            }

            _segments.Clear();
        }
    }

    private async Task SyncAsync(long ticket)
    {
        await _sync.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref _synced) >= ticket)
            {
                // Another append's fsync covered this one's bytes too.
                return;
            }

            long target;
            Segment[] segments;
            lock (_gate)
            {
                target = _written;
                segments = [.. _unsynced];
                _unsynced.Clear();
            }

            // A segment here has entries whose appends are waiting for this fsync, so it cannot be deleted meanwhile.
            foreach (var segment in segments)
            {
                segment.Stream.Flush(flushToDisk: true);
            }

            Volatile.Write(ref _synced, target);
        }
        finally
        {
            _sync.Release();
        }
    }

    private Segment CreateSegment()
    {
        CreateFolder();
        var name = string.Concat(DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfffffff", CultureInfo.InvariantCulture), "-", Guid.NewGuid().ToString("N")[..8]);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = 0,
        };
        if (!OperatingSystem.IsWindows())
        {
            // It holds what residents wrote and their LINE ids: readable by the bot's user only.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var segment = new Segment(name, Path.Combine(_folder, name + Extension), new FileStream(Path.Combine(_folder, name + Extension), options), recovered: false);
        _segments.Add(name, segment);
        return segment;
    }

    private void CreateFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(_folder);
        }
        else
        {
            Directory.CreateDirectory(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Opens a segment left by another process, or null while that process still holds it.</summary>
    private Segment? TryTakeOver(string path, string name)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.ReadWrite, Share = FileShare.None, BufferSize = 0 });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Locked by a live process, or taken over and deleted by another one a moment ago.
            return null;
        }

        var segment = new Segment(name, path, stream, recovered: true);
        var complete = true;
        using (var reader = new StreamReader(stream, leaveOpen: true))
        {
            while (reader.ReadLine() is { } line)
            {
                complete = ReadLine(line, segment) && complete;
            }
        }

        segment.Outstanding = segment.Pending.Count;
        segment.Retired = true;
        segment.Bytes = stream.Length;
        stream.Seek(0, SeekOrigin.End);
        if (!complete)
        {
            // A line cut short by the crash: end it, so that the completions written from now on stay readable.
            stream.Write("\n"u8);
        }

        _segments.Add(name, segment);
        return segment;
    }

    /// <summary>Applies one line; false for a line that is not whole (the last one, when the process died writing it).</summary>
    private static bool ReadLine(string line, Segment segment)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.TryGetProperty("a", out var appended) && root.TryGetProperty("p", out var payload))
            {
                var sequence = appended.GetInt64();
                segment.Pending[sequence] = payload.GetString()!;
                segment.NextSequence = Math.Max(segment.NextSequence, sequence + 1);
            }
            else if (root.TryGetProperty("c", out var completed))
            {
                segment.Pending.Remove(completed.GetInt64());
            }

            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    private void Delete(Segment segment)
    {
        segment.Stream.Dispose();
        _segments.Remove(segment.Name);
        _unsynced.Remove(segment);
        if (_current == segment)
        {
            _current = null;
        }

        File.Delete(segment.Path);
    }

    private static void WriteLine(MemoryStream buffer, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
    }

    private sealed class Segment(string name, string path, FileStream stream, bool recovered)
    {
        public string Name { get; } = name;

        public string Path { get; } = path;

        public FileStream Stream { get; } = stream;

        public bool Recovered { get; } = recovered;

        /// <summary>A recovered segment's entries not yet complete, by sequence, in order (new segments leave it empty).</summary>
        public SortedDictionary<long, string> Pending { get; } = [];

        public long NextSequence { get; set; }

        public long Bytes { get; set; }

        public int Outstanding { get; set; }

        public bool Retired { get; set; }
    }
}
