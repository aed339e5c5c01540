using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace DxBot.Protocol.Storage;

/// <summary>
/// The <see cref="IEventJournal"/> of one instance without a shared store: JSON Lines segment files in a folder, each
/// line an appended payload or a completion.
/// <para>
/// An append is <see cref="JournalAppend.Kept"/> once its lines are written to the file (in the kernel's page cache: a
/// killed process loses nothing from there), and <see cref="JournalAppend.Durable"/> once they are synced to the disk.
/// Two threads do the I/O, never a caller's: the writer writes every waiting append and completion (one write a segment)
/// and hands the round to the syncer, which syncs each segment once for all of it. So a turn may start as soon as its
/// event is kept while a slow disk holds up only the acknowledgements, and a sync in progress never holds up the next
/// round's writes.
/// </para>
/// <para>
/// Segments are made ahead, <see cref="SegmentBytes"/> of zeros written and synced with the file's name, and then
/// written in place: an append changes neither the file's size nor its block map, so its sync (<c>fdatasync</c>, see
/// <see cref="FileSync"/>) writes data pages only and does not wait for a commit of the file system's journal, which on a
/// shared disk carries every other process's pending writes. A segment whose entries are all complete is wiped (its
/// used bytes overwritten with zeros: the payloads hold what residents wrote and their LINE ids) and kept as a spare, up
/// to <see cref="MaxSpares"/>; past that, or when it does not have the made size, it is deleted. A new segment is
/// begun past <see cref="RotateBytes"/>, and the segment in use is swapped for a spare as soon as all its entries are
/// complete, so an answered event stays in the file only until the syncer's next round. Reading back stops at the
/// zeros.
/// </para>
/// <para>
/// A completion is written without a sync, since a killed process leaves it in the page cache and only a power cut
/// would make an answered entry come back; its call returns before the writer writes it, so a process killed in that
/// moment answers the event once more after restart, as one killed between its reply and its completion always did.
/// Each segment is held with an exclusive lock: the next run, or another process sharing the folder, takes over only
/// the segments of a process that is gone.
/// </para>
/// </summary>
public sealed class FileEventJournal : IEventJournal, IDisposable
{
    /// <summary>The size a segment is made with (zeros, written and synced before its first line).</summary>
    internal const long SegmentBytes = 8 * 1024 * 1024;

    /// <summary>Past this, appends go to the next segment; the rest leaves room for the last batch in place.</summary>
    internal const long RotateBytes = 6 * 1024 * 1024;

    /// <summary>Wiped segments kept for reuse: the one in use swaps with one, a full one waits for its last answers.</summary>
    internal const int MaxSpares = 2;

    /// <summary>
    /// How long completions alone may wait for the writer. Under load they go out with the next appends' write instead
    /// of a round of their own (half the writer's rounds); a process killed in between answers those events once more
    /// after restart, as one killed between its reply and its completion always did.
    /// </summary>
    internal static readonly TimeSpan CompletionDelay = TimeSpan.FromMilliseconds(10);

    private const string Extension = ".jsonl";

    private static readonly byte[] Zeros = new byte[256 * 1024];

    private readonly string _folder;

    // The segments entries can be completed in: the one in use, full ones with entries outstanding, recovered ones.
    private readonly Dictionary<string, Segment> _segments = new(StringComparer.Ordinal);
    private readonly HashSet<Segment> _unwritten = [];

    // Every segment with an open file, so that Dispose closes them all.
    private readonly HashSet<Segment> _open = [];

    // Also the writer's signal (Monitor.Wait/PulseAll), so an append can never slip between a check and a wait.
    private readonly object _gate = new();

    // The syncer's own signal, set by the writer when it hands a round over: on the gate, every append and completion
    // woke the syncer as well, which found nothing to sync and slept again (waking and sleeping were a third of the
    // journal threads' CPU samples under LINE load). Taken inside the gate, never the other way round.
    private readonly object _syncSignal = new();
    private bool _syncPending;

    // Reused under _gate: a line is formatted straight into the segment's unwritten bytes, without a stream a line.
    private readonly Utf8JsonWriter _lineWriter = new(Stream.Null);
    private readonly Action? _beforeSync;
    private readonly Action? _beforeWrite;

    // The writer's work: appends and completions to write, segments all complete (to hand on after the round's writes).
    private List<Waiter> _waiting = [];
    private List<Segment> _retiring = [];
    private List<TaskCompletionSource> _writerRounds = [];

    // The syncer's work, handed over by the writer: appends written, new files, segments to wipe or delete.
    private List<Waiter> _written = [];
    private HashSet<Segment> _made = [];
    private List<Segment> _handedOver = [];
    private List<TaskCompletionSource> _syncRounds = [];

    private readonly List<Segment> _spares = [];
    private int _syncs;
    private Thread? _writer;
    private Thread? _syncer;
    private Segment? _current;
    private bool _writerDone;
    private bool _recovered;
    private bool _disposed;

    public FileEventJournal(string folder)
        : this(folder, beforeSync: null)
    {
    }

    /// <param name="beforeSync">Called on the syncer thread before each group's sync (tests hold the disk with it).</param>
    /// <param name="beforeWrite">Called on the writer thread before it writes a round's lines (tests hold the write with it).</param>
    internal FileEventJournal(string folder, Action? beforeSync, Action? beforeWrite = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
        _beforeSync = beforeSync;
        _beforeWrite = beforeWrite;
    }

    /// <summary>How many group syncs the syncer has done.</summary>
    internal int Syncs => Volatile.Read(ref _syncs);

    public Task<IReadOnlyList<JournalReceipt>> AppendAsync(IReadOnlyList<string> payloads, CancellationToken cancellationToken) =>
        Enqueue(payloads).Durable;

    public JournalAppend Append(IReadOnlyList<string> payloads, CancellationToken cancellationToken)
    {
        var (kept, durable) = Enqueue(payloads);
        return new JournalAppend(kept, durable);
    }

    private (Task<IReadOnlyList<JournalReceipt>> Kept, Task<IReadOnlyList<JournalReceipt>> Durable) Enqueue(IReadOnlyList<string> payloads)
    {
        ArgumentNullException.ThrowIfNull(payloads);
        if (payloads.Count == 0)
        {
            var none = Task.FromResult<IReadOnlyList<JournalReceipt>>([]);
            return (none, none);
        }

        var receipts = new JournalReceipt[payloads.Count];

        // Completed on the I/O threads; the webhook's continuation must not run there and hold up the next round.
        var kept = new TaskCompletionSource<IReadOnlyList<JournalReceipt>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var durable = new TaskCompletionSource<IReadOnlyList<JournalReceipt>>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var segment = _current ??= TakeSegment();
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

            // Counted as outstanding at once: the segment cannot be wiped while this group is on its way to the disk.
            segment.Bytes += segment.Unwritten.WrittenCount - before;
            segment.Outstanding += payloads.Count;
            _unwritten.Add(segment);
            _waiting.Add(new Waiter(segment, payloads.Count, receipts, kept, durable));
            if (segment.Bytes >= RotateBytes)
            {
                // Wiped once its last entry completes; new appends go to a spare.
                segment.Retired = true;
                _current = null;
            }

            Wake();
        }

        // Not cancellable: once queued, the entries reach the file whether or not the caller still waits.
        return (kept.Task, durable.Task);
    }

    /// <summary>Under the gate: a spare for the next appends, or a new segment whose file the writer makes.</summary>
    private Segment TakeSegment()
    {
        Segment segment;
        if (_spares.Count > 0)
        {
            // The spare kept longest first: taken last-in, the segment wiped before a spare made ahead stayed under it
            // and was never used again, the spares sitting idle on disk while two others took turns.
            segment = _spares[0];
            _spares.RemoveAt(0);
        }
        else
        {
            segment = NewSegment();
        }

        // Receipts stay unique across the file's uses: a completion of an entry from before the wipe is recognized.
        segment.FirstSequence = segment.NextSequence;
        _segments.Add(segment.Name, segment);
        return segment;
    }

    /// <summary>
    /// The writer: takes every append and completion waiting, writes each segment's lines with one write at its end,
    /// completes the appends as kept and hands them to the syncer with the segments all complete (after their last
    /// lines are written, so a wipe never meets a write).
    /// </summary>
    private void WriteLoop()
    {
        while (true)
        {
            List<Waiter> group;
            List<Segment> segments;
            List<Segment> retiring;
            List<TaskCompletionSource> rounds;
            bool last;
            lock (_gate)
            {
                while (_waiting.Count == 0 && _retiring.Count == 0 && _writerRounds.Count == 0 && !_disposed)
                {
                    if (_unwritten.Count == 0 && !HasOutstanding())
                    {
                        Monitor.Wait(_gate);
                        continue;
                    }

                    // Completions do not wake the writer (see CompletionDelay): written with the next appends, or alone
                    // once a wait of CompletionDelay passes without any.
                    if (!Monitor.Wait(_gate, CompletionDelay) && _unwritten.Count > 0)
                    {
                        break;
                    }
                }

                // Disposed: one last round writes what was handed over (appends are kept, completions stay complete).
                last = _disposed;
                group = _waiting;
                _waiting = [];
                rounds = _writerRounds;
                _writerRounds = [];
                segments = [.. _unwritten];
                _unwritten.Clear();
                foreach (var segment in segments)
                {
                    segment.TakeUnwritten();
                }

                retiring = _retiring;
                _retiring = [];
            }

            // Outside the gate: appends and completions go on meanwhile.
            _beforeWrite?.Invoke();
            var failed = new Dictionary<Segment, Exception>();
            var made = new List<Segment>();
            foreach (var segment in segments)
            {
                try
                {
                    if (segment.Stream is null)
                    {
                        // No spare was ready (the first append, or a burst past the spares): made here, synced whole by the syncer.
                        Make(segment);
                        made.Add(segment);
                    }

                    RandomAccess.Write(segment.Stream!.SafeFileHandle, segment.Writing.WrittenSpan, segment.FileOffset);
                    segment.FileOffset += segment.Writing.WrittenCount;
                }
                catch (Exception e) when (IsFileError(e))
                {
                    failed[segment] = e;
                }
                finally
                {
                    segment.Writing.ResetWrittenCount();
                }
            }

            if (failed.Count > 0)
            {
                FailWrites(group, failed);
            }

            foreach (var waiter in group)
            {
                if (failed.TryGetValue(waiter.Segment, out var error))
                {
                    // Durable first: a caller resumed by Kept finds it failed already.
                    waiter.Durable.TrySetException(error);
                    waiter.Kept.TrySetException(error);
                }
                else
                {
                    waiter.Kept.TrySetResult(waiter.Receipts);
                }
            }

            lock (_gate)
            {
                _written.AddRange(group.Where(w => !failed.ContainsKey(w.Segment)));
                _made.UnionWith(made.Where(s => !failed.ContainsKey(s)));
                _handedOver.AddRange(retiring);
                _syncRounds.AddRange(rounds);
                _writerDone = last;
                SignalSyncer();
            }

            if (last)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The syncer: syncs each segment the writer wrote appends to (or made) once, completes those appends as durable,
    /// then wipes or deletes the segments all complete, keeps a spare ready and swaps the segment in use for it once
    /// all its entries are complete.
    /// </summary>
    private void SyncLoop()
    {
        while (true)
        {
            List<Waiter> group;
            List<Segment> syncing;
            List<Segment> retiring;
            List<TaskCompletionSource> rounds;
            bool last;
            bool idle;
            lock (_gate)
            {
                idle = _written.Count == 0 && _made.Count == 0 && _handedOver.Count == 0 && _syncRounds.Count == 0 && !_writerDone;
            }

            if (idle)
            {
                // Nothing handed over: wait for the writer's signal outside the gate (it is sticky, so a hand-over
                // between this check and the wait is not missed), then look again.
                WaitForSyncSignal();
                continue;
            }

            lock (_gate)
            {
                last = _writerDone;
                group = _written;
                _written = [];
                syncing = [.. group.Select(w => w.Segment).Concat(_made).Distinct()];
                _made = [];
                retiring = _handedOver;
                _handedOver = [];
                rounds = _syncRounds;
                _syncRounds = [];
            }

            if (group.Count > 0)
            {
                _beforeSync?.Invoke();
                Interlocked.Increment(ref _syncs);
            }

            var failed = new Dictionary<Segment, Exception>();
            foreach (var segment in syncing)
            {
                try
                {
                    if (segment.NeedsFullSync)
                    {
                        FileSync.Created(segment.Stream!, _folder);
                        segment.NeedsFullSync = false;
                    }
                    else
                    {
                        FileSync.Data(segment.Stream!);
                    }
                }
                catch (Exception e) when (IsFileError(e))
                {
                    // Failed, not lost from view: the syncer must live on, or every later append would wait forever.
                    failed[segment] = e;
                }
            }

            if (failed.Count > 0)
            {
                FailSyncs(failed);
            }

            foreach (var waiter in group)
            {
                if (failed.TryGetValue(waiter.Segment, out var error))
                {
                    waiter.Durable.TrySetException(error);
                }
                else
                {
                    waiter.Durable.TrySetResult(waiter.Receipts);
                }
            }

            foreach (var segment in retiring)
            {
                Recycle(segment);
            }

            if (!last)
            {
                KeepSpareReady();
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

    /// <summary>Completes once the writer and the syncer have done everything handed to them before the call.</summary>
    internal Task WrittenAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_writer is null || _disposed)
            {
                return Task.CompletedTask;
            }

            _writerRounds.Add(done);
            Monitor.PulseAll(_gate);
        }

        return done.Task;
    }

    /// <summary>
    /// A segment whose write failed may end in half a line (disk full): nothing more goes after it, or it would take the
    /// next line with it. The group's entries in it are not kept: their webhooks get 503 and LINE resends.
    /// </summary>
    private void FailWrites(List<Waiter> group, Dictionary<Segment, Exception> failed)
    {
        lock (_gate)
        {
            foreach (var segment in failed.Keys)
            {
                segment.Outstanding -= group.Where(w => w.Segment == segment).Sum(w => w.Count);
                Break(segment);
            }
        }
    }

    /// <summary>
    /// A segment whose sync failed may not hold its lines after a crash of the machine: nothing more goes to it. Its
    /// entries were kept (a turn may be answering them), so they stay outstanding until answered.
    /// </summary>
    private void FailSyncs(Dictionary<Segment, Exception> failed)
    {
        lock (_gate)
        {
            foreach (var segment in failed.Keys)
            {
                Break(segment);
            }
        }
    }

    /// <summary>Under the gate.</summary>
    private void Break(Segment segment)
    {
        segment.Broken = true;
        segment.Retired = true;
        if (_current == segment)
        {
            _current = null;
        }

        if (segment.Outstanding == 0 && _segments.ContainsKey(segment.Name))
        {
            Retire(segment);
        }
    }

    /// <summary>On the syncer: a segment all complete is wiped and kept as a spare, or closed and deleted.</summary>
    private void Recycle(Segment segment)
    {
        bool keep;
        lock (_gate)
        {
            keep = !_disposed && !segment.Broken && segment.Stream is not null && segment.Size == SegmentBytes && _spares.Count < MaxSpares;
        }

        if (keep)
        {
            // Not synced on its own: the next append's sync of this file carries the zeros with it.
            keep = Wipe(segment);
        }

        if (keep)
        {
            lock (_gate)
            {
                segment.Bytes = 0;
                segment.FileOffset = 0;
                segment.Retired = false;
                segment.Recovered = false;
                segment.Pending.Clear();
                _spares.Add(segment);
                SwapIdleCurrent();
            }

            return;
        }

        lock (_gate)
        {
            _open.Remove(segment);
        }

        try
        {
            segment.Stream?.Dispose();
            File.Delete(segment.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, all complete: the next run's recovery finds nothing in it to answer and deletes it.
        }
    }

    /// <summary>Overwrites the segment's lines with zeros; false when the file refused.</summary>
    private static bool Wipe(Segment segment)
    {
        try
        {
            for (long offset = 0; offset < segment.FileOffset; offset += Zeros.Length)
            {
                RandomAccess.Write(segment.Stream!.SafeFileHandle, Zeros.AsSpan(0, (int)Math.Min(Zeros.Length, segment.FileOffset - offset)), offset);
            }

            return true;
        }
        catch (Exception e) when (IsFileError(e))
        {
            return false;
        }
    }

    /// <summary>On the syncer: once the journal is in use, a segment is made ahead so that no append waits for one.</summary>
    private void KeepSpareReady()
    {
        lock (_gate)
        {
            if (_disposed || _spares.Count > 0 || _segments.Count == 0)
            {
                return;
            }
        }

        var segment = NewSegment();
        try
        {
            Make(segment);
            FileSync.Created(segment.Stream!, _folder);
            segment.NeedsFullSync = false;
        }
        catch (Exception e) when (IsFileError(e))
        {
            // The writer makes one when it needs it, and reports the error to that append.
            return;
        }

        lock (_gate)
        {
            _spares.Add(segment);
            SwapIdleCurrent();
        }
    }

    /// <summary>Under the gate: the segment in use, all complete, gives way to a spare, so its entries are wiped now.</summary>
    private void SwapIdleCurrent()
    {
        if (_current is { Outstanding: 0, Bytes: > 0 } idle && _spares.Count > 0 && !_disposed)
        {
            idle.Retired = true;
            Retire(idle);
        }
    }

    /// <summary>Under the gate: entries kept and not yet complete, whose completions may come without waking the writer.</summary>
    private bool HasOutstanding()
    {
        foreach (var segment in _segments.Values)
        {
            if (segment.Outstanding > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Under the gate: the writer has handed the syncer work.</summary>
    private void SignalSyncer()
    {
        lock (_syncSignal)
        {
            _syncPending = true;
            Monitor.Pulse(_syncSignal);
        }
    }

    /// <summary>On the syncer, outside the gate.</summary>
    private void WaitForSyncSignal()
    {
        lock (_syncSignal)
        {
            while (!_syncPending)
            {
                Monitor.Wait(_syncSignal);
            }

            _syncPending = false;
        }
    }

    /// <summary>Starts the writer and syncer threads, or wakes the writer (under the gate).</summary>
    private void Wake()
    {
        if (_writer is null)
        {
            _writer = new Thread(WriteLoop) { IsBackground = true, Name = "DxBot event journal writer" };
            _syncer = new Thread(SyncLoop) { IsBackground = true, Name = "DxBot event journal sync" };
            _writer.Start();
            _syncer.Start();
        }
        else
        {
            Monitor.PulseAll(_gate);
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
            if (_disposed || !_segments.TryGetValue(receipt.Id[..separator], out var segment) || sequence < segment.FirstSequence)
            {
                // Unknown, or an entry of the file before it was wiped: complete already.
                return Task.CompletedTask;
            }

            if (segment.Recovered && !segment.Pending.Remove(sequence))
            {
                // Completed already.
                return Task.CompletedTask;
            }

            if (!segment.Broken)
            {
                // Into the segment's next write: the writer thread takes it at once, the caller never waits on the file.
                // Written even when it is the segment's last: a kill before the wipe then answers nothing again.
                var before = segment.Unwritten.WrittenCount;
                _lineWriter.Reset(segment.Unwritten);
                _lineWriter.WriteStartObject();
                _lineWriter.WriteNumber("c", sequence);
                _lineWriter.WriteEndObject();
                _lineWriter.Flush();
                segment.Unwritten.Write("\n"u8);
                segment.Bytes += segment.Unwritten.WrittenCount - before;
                _unwritten.Add(segment);
            }

            if (--segment.Outstanding == 0)
            {
                if (segment.Retired)
                {
                    Retire(segment);
                }
                else
                {
                    // In use: it gives way to a spare if one is ready, else the syncer swaps it once one is.
                    SwapIdleCurrent();
                }
            }

            if (_writer is null)
            {
                // A recovered entry answered before anything was appended: the threads start now.
                Wake();
            }

            // Otherwise the writer is not woken for the completion alone (see CompletionDelay); a retired segment woke it.
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
                if (_segments.ContainsKey(name) || _open.Any(s => s.Name == name) || TryTakeOver(path, name) is not { } segment)
                {
                    continue;
                }

                if (segment.Outstanding == 0)
                {
                    // Nothing to answer: wiped into a spare (a spare of the run before, already zeros) or deleted.
                    Retire(segment);
                    Wake();
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
        Thread? syncer;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            writer = _writer;
            syncer = _syncer;
            Monitor.PulseAll(_gate);
        }

        // Their last rounds write and sync what was handed over; a disk that hangs longer is not waited for.
        var stopped = (writer?.Join(TimeSpan.FromSeconds(30)) ?? true) & (syncer?.Join(TimeSpan.FromSeconds(30)) ?? true);
        lock (_gate)
        {
            // Closed, not deleted: what is still outstanding is the next run's to answer. What is all complete is wiped
            // first (once the threads are done with the files), as the syncer would have done a moment later.
            foreach (var segment in _open)
            {
                if (stopped && segment.Stream is not null && !segment.Broken && segment.FileOffset > 0
                    && (!_segments.ContainsKey(segment.Name) || segment.Outstanding == 0))
                {
                    Wipe(segment);
                }

                segment.Stream?.Dispose();
            }

            _open.Clear();
            _segments.Clear();
            _spares.Clear();
        }
    }

    private Segment NewSegment()
    {
        var name = string.Concat(DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfffffff", CultureInfo.InvariantCulture), "-", Guid.NewGuid().ToString("N")[..8]);
        return new Segment(name, Path.Combine(_folder, name + Extension));
    }

    /// <summary>On the writer or the syncer: creates the segment's file, <see cref="SegmentBytes"/> of zeros (not synced).</summary>
    private void Make(Segment segment)
    {
        CreateFolder();
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

        var stream = new FileStream(segment.Path, options);
        try
        {
            // Written, not only reserved: blocks reserved by fallocate are "unwritten" until their first write, and that
            // first write changes the block map, which is metadata a sync would then have to commit.
            for (long offset = 0; offset < SegmentBytes; offset += Zeros.Length)
            {
                RandomAccess.Write(stream.SafeFileHandle, Zeros, offset);
            }
        }
        catch
        {
            stream.Dispose();
            File.Delete(segment.Path);
            throw;
        }

        lock (_gate)
        {
            segment.Stream = stream;
            segment.Size = SegmentBytes;
            segment.NeedsFullSync = true;
            _open.Add(segment);
        }
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

    /// <summary>Under the gate: opens a segment left by another process, or null while that process still holds it.</summary>
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

        var bytes = new byte[stream.Length];
        var read = 0;
        while (read < bytes.Length && RandomAccess.Read(stream.SafeFileHandle, bytes.AsSpan(read), read) is var n and > 0)
        {
            read += n;
        }

        // The lines end where the zeros the segment was made with begin (a file of an earlier version has none).
        var end = bytes.AsSpan(0, read).LastIndexOfAnyExcept((byte)0) + 1;
        var segment = new Segment(name, path) { Stream = stream, Size = bytes.Length, Recovered = true };
        var start = 0;
        while (start < end)
        {
            var length = bytes.AsSpan(start, end - start).IndexOf((byte)'\n');
            length = length < 0 ? end - start : length;
            ReadLine(bytes.AsMemory(start, length), segment);
            start += length + 1;
        }

        segment.Outstanding = segment.Pending.Count;
        segment.Retired = true;
        segment.FileOffset = end;
        if (end > 0 && bytes[end - 1] != (byte)'\n')
        {
            // A line cut short by the crash: end it, so that the completions written from now on stay readable.
            RandomAccess.Write(stream.SafeFileHandle, "\n"u8, end);
            segment.FileOffset++;
        }

        segment.Bytes = segment.FileOffset;
        _segments.Add(name, segment);
        _open.Add(segment);
        return segment;
    }

    /// <summary>Applies one line; a line that is not whole (the process died writing it) is skipped.</summary>
    private static void ReadLine(ReadOnlyMemory<byte> line, Segment segment)
    {
        // Zeros around a line can only be a write torn by a power cut: what is left of it is read if whole.
        var from = line.Span.IndexOfAnyExcept((byte)0);
        if (from < 0)
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(line[from..(line.Span.LastIndexOfAnyExcept((byte)0) + 1)]);
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
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // Not whole.
        }
    }

    /// <summary>Under the gate: the segment leaves the journal now; the writer hands it on after its last lines.</summary>
    private void Retire(Segment segment)
    {
        _segments.Remove(segment.Name);
        if (_current == segment)
        {
            _current = null;
        }

        _retiring.Add(segment);
        Monitor.PulseAll(_gate);
    }

    private static bool IsFileError(Exception e) =>
        e is IOException or ObjectDisposedException or UnauthorizedAccessException or NotSupportedException;

    private sealed record Waiter(
        Segment Segment,
        int Count,
        JournalReceipt[] Receipts,
        TaskCompletionSource<IReadOnlyList<JournalReceipt>> Kept,
        TaskCompletionSource<IReadOnlyList<JournalReceipt>> Durable);

    private sealed class Segment(string name, string path)
    {
        public string Name { get; } = name;

        public string Path { get; } = path;

        /// <summary>Null until the writer makes the file (a new segment whose first lines are waiting).</summary>
        public FileStream? Stream { get; set; }

        /// <summary>The file's length when made or taken over; only a segment of <see cref="SegmentBytes"/> is reused.</summary>
        public long Size { get; set; }

        /// <summary>Made and not synced yet: its first sync is a full one, with the file's size and name.</summary>
        public bool NeedsFullSync { get; set; }

        public bool Recovered { get; set; }

        /// <summary>A recovered segment's entries not yet complete, by sequence, in order (new segments leave it empty).</summary>
        public SortedDictionary<long, string> Pending { get; } = [];

        public long NextSequence { get; set; }

        /// <summary>The first sequence of the file's current use; older receipts were completed before its wipe.</summary>
        public long FirstSequence { get; set; }

        /// <summary>Bytes of lines handed to the writer (under the gate).</summary>
        public long Bytes { get; set; }

        /// <summary>Where the writer writes next (its own; the syncer reads it once the writer handed the segment over).</summary>
        public long FileOffset { get; set; }

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
