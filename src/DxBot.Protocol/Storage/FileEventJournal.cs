using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace DxBot.Protocol.Storage;

/// <summary>
/// The <see cref="IEventJournal"/> of one instance without a shared store: append-only JSON Lines segment files in a
/// folder, each line an appended payload or a completion. An append returns only after fsync, and appends commit in
/// groups: one writer thread writes every append waiting (one write a segment) and syncs once for all of them, so a busy
/// webhook neither queues behind the disk nor blocks a thread-pool thread in fsync; a completion is written without one, since a killed process
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
    private readonly HashSet<Segment> _unwritten = [];

    // Also the writer's signal (Monitor.Wait/Pulse), so an append can never slip between its check and its wait.
    private readonly object _gate = new();

    // Reused under _gate: a line is formatted straight into the segment's unwritten bytes, without a stream a line.
    private readonly Utf8JsonWriter _lineWriter = new(Stream.Null);
    private readonly ArrayBufferWriter<byte> _completionLine = new(64);
    private readonly Action? _beforeSync;
    private List<Waiter> _waiting = [];
    private int _syncs;
    private Thread? _writer;
    private Segment? _current;
    private bool _recovered;
    private bool _disposed;

    public FileEventJournal(string folder)
        : this(folder, beforeSync: null)
    {
    }

    /// <param name="beforeSync">Called on the writer thread before each group's sync (tests hold the disk with it).</param>
    internal FileEventJournal(string folder, Action? beforeSync)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
        _beforeSync = beforeSync;
    }

    /// <summary>How many group syncs the writer has done.</summary>
    internal int Syncs => Volatile.Read(ref _syncs);

    public Task<IReadOnlyList<JournalReceipt>> AppendAsync(IReadOnlyList<string> payloads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payloads);
        if (payloads.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<JournalReceipt>>([]);
        }

        var receipts = new JournalReceipt[payloads.Count];

        // Completed on the writer thread; the webhook's continuation must not run there and hold up the next group.
        var done = new TaskCompletionSource<IReadOnlyList<JournalReceipt>>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var segment = _current ??= CreateSegment();
            var before = segment.Unwritten.WrittenCount;
            for (var i = 0; i < payloads.Count; i++)
            {
                var sequence = segment.NextSequence++;
                _lineWriter.Reset(segment.Unwritten);
                _lineWriter.WriteStartObject();
                _lineWriter.WriteNumber("a", sequence);
                _lineWriter.WriteString("p", payloads[i]);
                _lineWriter.WriteEndObject();
                _lineWriter.Flush();
                segment.Unwritten.Write("\n"u8);
                receipts[i] = new JournalReceipt(string.Concat(segment.Name, ":", sequence.ToString(CultureInfo.InvariantCulture)));
            }

            // Counted as outstanding at once: the segment cannot be deleted while this group is on its way to the disk.
            segment.Bytes += segment.Unwritten.WrittenCount - before;
            segment.Outstanding += payloads.Count;
            _unwritten.Add(segment);
            _waiting.Add(new Waiter(segment, payloads.Count, receipts, done));
            if (segment.Bytes >= RotateBytes)
            {
                // Deleted once its last entry completes; new appends go to a fresh segment.
                segment.Retired = true;
                _current = null;
            }

            if (_writer is null)
            {
                _writer = new Thread(WriteLoop) { IsBackground = true, Name = "DxBot event journal" };
                _writer.Start();
            }
            else
            {
                Monitor.Pulse(_gate);
            }
        }

        // Not cancellable: once queued, the entries reach the file whether or not the caller still waits.
        return done.Task;
    }

    /// <summary>
    /// The writer: takes every append waiting, writes each segment's lines with one write, syncs each segment once
    /// and completes the group. What arrives during a sync is the next group, so the busier the webhook, the fewer
    /// syncs per event.
    /// </summary>
    private void WriteLoop()
    {
        while (true)
        {
            List<Waiter> group;
            List<Segment> segments;
            var failed = new Dictionary<Segment, Exception>();
            lock (_gate)
            {
                while (_waiting.Count == 0 && !_disposed)
                {
                    Monitor.Wait(_gate);
                }

                group = _waiting;
                _waiting = [];
                if (_disposed)
                {
                    foreach (var waiter in group)
                    {
                        waiter.Done.TrySetException(new ObjectDisposedException(nameof(FileEventJournal)));
                    }

                    return;
                }

                segments = [.. _unwritten];
                _unwritten.Clear();

                // Written under the gate, as completions are: a FileStream takes one writer at a time.
                foreach (var segment in segments)
                {
                    try
                    {
                        segment.Stream.Write(segment.Unwritten.WrittenSpan);
                    }
                    catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException or NotSupportedException)
                    {
                        // A line may be half written (disk full): nothing more goes after it, or it would take the next
                        // line with it. The group's entries in it are not kept: their webhooks get 503 and LINE resends.
                        failed[segment] = e;
                        segment.Retired = true;
                        if (_current == segment)
                        {
                            _current = null;
                        }

                        segment.Outstanding -= group.Where(w => w.Segment == segment).Sum(w => w.Count);
                        if (segment.Outstanding == 0)
                        {
                            Delete(segment);
                        }
                    }
                    finally
                    {
                        segment.Unwritten.ResetWrittenCount();
                    }
                }
            }

            // Outside the gate, so completions and the next group's appends go on meanwhile. A segment here has
            // entries waiting for this sync, so it cannot be deleted in the meantime.
            _beforeSync?.Invoke();
            Interlocked.Increment(ref _syncs);
            foreach (var segment in segments.Where(s => !failed.ContainsKey(s)))
            {
                try
                {
                    segment.Stream.Flush(flushToDisk: true);
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException or NotSupportedException)
                {
                    // Failed, not lost from view: the writer thread must live on, or every later append would wait forever.
                    failed[segment] = e;
                }
            }

            foreach (var waiter in group)
            {
                if (failed.TryGetValue(waiter.Segment, out var error))
                {
                    waiter.Done.TrySetException(error);
                }
                else
                {
                    waiter.Done.TrySetResult(waiter.Receipts);
                }
            }
        }
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

            _completionLine.ResetWrittenCount();
            _lineWriter.Reset(_completionLine);
            _lineWriter.WriteStartObject();
            _lineWriter.WriteNumber("c", sequence);
            _lineWriter.WriteEndObject();
            _lineWriter.Flush();
            _completionLine.Write("\n"u8);
            segment.Stream.Write(_completionLine.WrittenSpan);
            segment.Bytes += _completionLine.WrittenCount;
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
            Monitor.PulseAll(_gate);

            // Closed, not deleted: what is still outstanding is the next run's to answer.
            foreach (var segment in _segments.Values)
            {
                segment.Stream.Dispose();
            }

            _segments.Clear();
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
        _unwritten.Remove(segment);
        if (_current == segment)
        {
            _current = null;
        }

        File.Delete(segment.Path);
    }

    private sealed record Waiter(Segment Segment, int Count, JournalReceipt[] Receipts, TaskCompletionSource<IReadOnlyList<JournalReceipt>> Done);

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

        /// <summary>Appended lines not yet written to the file (the writer's next group).</summary>
        public ArrayBufferWriter<byte> Unwritten { get; } = new(1024);
    }
}
