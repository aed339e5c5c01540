using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace DxBot.Protocol.Storage;

/// <summary>
/// The <see cref="IEventJournal"/> of one instance without a shared store: append-only JSON Lines segment files in a
/// folder, each line an appended payload or a completion. An append returns only after fsync, and appends commit in
/// groups: one writer thread writes every append waiting (one write a segment) and syncs once for all of them, so a busy
/// webhook neither queues behind the disk nor blocks a thread-pool thread in fsync; a completion is written without one, since a killed process
/// leaves it in the page cache and only a power cut would make an answered entry come back. Only the writer thread
/// touches the files (writes, syncs, deletes) and never under the lock: a write to the page a sync is flushing waits for
/// that sync, and under the lock it held up every webhook's append and every worker's completion behind a slow disk
/// (LINE at 200 req/s: seconds of blocked thread-pool threads per run). A completion is therefore on its way to the
/// file when its call returns, not in it; a process killed in that moment answers the event once more after restart,
/// as one killed between its reply and its completion always did. A segment is deleted as soon as every entry in it is
/// complete (the payloads may hold personal data) and a new one begun past <see cref="RotateBytes"/>, so the folder stays small. Each segment is held with an exclusive lock: the next run, or
/// another process sharing the folder, takes over only the segments of a process that is gone.
/// </summary>
public sealed class FileEventJournal : IEventJournal, IDisposable
{
    internal const long RotateBytes = 8 * 1024 * 1024;

    private const string Extension = ".jsonl";

    private readonly string _folder;
    private readonly Dictionary<string, Segment> _segments = new(StringComparer.Ordinal);
    private readonly HashSet<Segment> _unwritten = [];
    private List<Segment> _deleting = [];

    // Also the writer's signal (Monitor.Wait/Pulse), so an append can never slip between its check and its wait.
    private readonly object _gate = new();

    // Reused under _gate: a line is formatted straight into the segment's unwritten bytes, without a stream a line.
    private readonly Utf8JsonWriter _lineWriter = new(Stream.Null);
    private readonly Action? _beforeSync;
    private readonly Action? _beforeWrite;
    private List<Waiter> _waiting = [];
    private List<TaskCompletionSource> _rounds = [];
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
    /// <param name="beforeWrite">Called on the writer thread before it writes a round's lines (tests hold the write with it).</param>
    internal FileEventJournal(string folder, Action? beforeSync, Action? beforeWrite = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
        _beforeSync = beforeSync;
        _beforeWrite = beforeWrite;
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

            WakeWriter();
        }

        // Not cancellable: once queued, the entries reach the file whether or not the caller still waits.
        return done.Task;
    }

    /// <summary>
    /// The writer: takes every append and completion waiting, writes each segment's lines with one write, syncs each
    /// segment that has appends once, completes the group and deletes the segments whose entries are all complete.
    /// What arrives meanwhile is the next round, so the busier the webhook, the fewer syncs per event.
    /// </summary>
    private void WriteLoop()
    {
        while (true)
        {
            List<Waiter> group;
            List<Segment> segments;
            List<Segment> deleting;
            List<TaskCompletionSource> rounds;
            bool last;
            lock (_gate)
            {
                while (_waiting.Count == 0 && _unwritten.Count == 0 && _deleting.Count == 0 && _rounds.Count == 0 && !_disposed)
                {
                    Monitor.Wait(_gate);
                }

                // Disposed: one last round writes what was handed over (appends are kept, completions stay complete).
                last = _disposed;
                group = _waiting;
                _waiting = [];
                rounds = _rounds;
                _rounds = [];
                segments = [.. _unwritten];
                _unwritten.Clear();
                foreach (var segment in segments)
                {
                    segment.TakeUnwritten();
                }

                deleting = _deleting;
                _deleting = [];
            }

            // Outside the gate: appends and completions go on meanwhile. Only this thread writes, syncs and deletes, so
            // a segment is never closed under a write; one whose entries all completed meanwhile is deleted next round.
            _beforeWrite?.Invoke();
            var failed = new Dictionary<Segment, Exception>();
            foreach (var segment in segments)
            {
                try
                {
                    segment.Stream.Write(segment.Writing.WrittenSpan);
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException or NotSupportedException)
                {
                    failed[segment] = e;
                }
                finally
                {
                    segment.Writing.ResetWrittenCount();
                }
            }

            var syncing = group.Select(w => w.Segment).Distinct().Where(s => !failed.ContainsKey(s)).ToList();
            if (syncing.Count > 0)
            {
                _beforeSync?.Invoke();
                Interlocked.Increment(ref _syncs);
            }

            foreach (var segment in syncing)
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

            if (failed.Count > 0)
            {
                Fail(group, failed);
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

            foreach (var segment in deleting)
            {
                try
                {
                    segment.Stream.Dispose();
                    File.Delete(segment.Path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left behind, all complete: the next run's recovery finds nothing in it to answer and deletes it.
                }
            }

            foreach (var round in rounds)
            {
                round.TrySetResult();
            }

            if (last)
            {
                return;
            }
        }
    }

    /// <summary>Completes once the writer has written, synced and deleted everything handed to it before the call.</summary>
    internal Task WrittenAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_writer is null || _disposed)
            {
                return Task.CompletedTask;
            }

            _rounds.Add(done);
            Monitor.Pulse(_gate);
        }

        return done.Task;
    }

    /// <summary>
    /// A segment whose write or sync failed may end in half a line (disk full): nothing more goes after it, or it would
    /// take the next line with it. The group's entries in it are not kept: their webhooks get 503 and LINE resends.
    /// </summary>
    private void Fail(List<Waiter> group, Dictionary<Segment, Exception> failed)
    {
        lock (_gate)
        {
            foreach (var segment in failed.Keys)
            {
                segment.Broken = true;
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
        }
    }

    /// <summary>Starts the writer thread, or wakes it (under the gate).</summary>
    private void WakeWriter()
    {
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

            if (--segment.Outstanding == 0 && (segment.Retired || segment == _current))
            {
                // Its completion need not be written: the file goes.
                Delete(segment);
            }
            else if (!segment.Broken)
            {
                // Into the segment's next write: the writer thread takes it at once, the caller never waits on the file.
                var before = segment.Unwritten.WrittenCount;
                _lineWriter.Reset(segment.Unwritten);
                _lineWriter.WriteStartObject();
                _lineWriter.WriteNumber("c", sequence);
                _lineWriter.WriteEndObject();
                _lineWriter.Flush();
                segment.Unwritten.Write("\n"u8);
                segment.Bytes += segment.Unwritten.WrittenCount - before;
                _unwritten.Add(segment);
                WakeWriter();
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
        Thread? writer;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            writer = _writer;
            Monitor.PulseAll(_gate);
        }

        // Its last round writes the completions and appends handed over; a disk that hangs longer is not waited for.
        writer?.Join(TimeSpan.FromSeconds(30));
        lock (_gate)
        {
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

    /// <summary>Under the gate: the segment leaves the journal now, its file goes on the writer thread (after any write under way).</summary>
    private void Delete(Segment segment)
    {
        _segments.Remove(segment.Name);
        _unwritten.Remove(segment);
        segment.Unwritten.ResetWrittenCount();
        if (_current == segment)
        {
            _current = null;
        }

        _deleting.Add(segment);
        WakeWriter();
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

        /// <summary>A write or sync failed: the file may end in half a line, so nothing more is written to it.</summary>
        public bool Broken { get; set; }

        /// <summary>Lines not yet handed to the writer (filled under the gate).</summary>
        public ArrayBufferWriter<byte> Unwritten { get; private set; } = new(1024);

        /// <summary>Lines the writer is writing (its own, outside the gate).</summary>
        public ArrayBufferWriter<byte> Writing { get; private set; } = new(1024);

        /// <summary>Under the gate: hands the unwritten lines to the writer, which has emptied its buffer by now.</summary>
        public void TakeUnwritten() => (Unwritten, Writing) = (Writing, Unwritten);
    }
}
