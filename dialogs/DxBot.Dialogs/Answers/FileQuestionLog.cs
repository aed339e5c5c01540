using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// The question log in JSON Lines, one file per UTC day (<c>yyyy-MM-dd.jsonl</c>), so expiry is deleting whole files
/// and a damaged file loses one day at most. Several bot processes may share the folder.
/// <para>
/// The day's file stays open between entries (opening, locking and closing it for each unanswered question was a few
/// per cent of a LINE message's CPU under load) and is written without a buffer of its own: each entry is in the
/// kernel when <see cref="RecordAsync"/> returns, so stopping or killing the process loses none. The file is opened
/// anew when the day changes, and when the one open is no longer at its path (deleted or moved away by hand).
/// </para>
/// </summary>
public sealed class FileQuestionLog : IQuestionLog, IDisposable
{
    private const string Extension = ".jsonl";
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>
    /// The longest line read back: an entry's text and title are capped (<see cref="QuestionRecord.MaxTextLength"/>), so
    /// anything longer was written before the cap or by hand, and is skipped rather than loaded whole.
    /// </summary>
    public const int MaxLineLength = 16 * 1024;

    // About five seconds of waiting before an entry is given up, so a loaded machine does not lose lines.
    private const int LockAttempts = 400;

    // Writers in this process queue per folder: file locks are held per process, so they cannot keep two logs of one
    // process apart; other processes are kept out by the file lock below.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _gate;
    private readonly string _folder;
    private readonly int _retentionDays;
    private readonly TimeProvider _time;
    private readonly ILogger<FileQuestionLog> _logger;
    private DateOnly? _prunedOn;

    // The day's file, kept open; only touched under _gate.
    private FileStream? _day;
    private string? _dayPath;

    public FileQuestionLog(string folder, int retentionDays, TimeProvider time, ILogger<FileQuestionLog> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retentionDays, 1);
        _folder = Path.GetFullPath(folder);
        _gate = Gates.GetOrAdd(_folder, _ => new SemaphoreSlim(1, 1));
        _retentionDays = retentionDays;
        _time = time;
        _logger = logger;
    }

    public string Folder => _folder;

    public async Task RecordAsync(QuestionRecord record, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, QuestionLogJson.Options) + "\n");
            if (_prunedOn != today)
            {
                Directory.CreateDirectory(_folder);
                DeleteExpired(today);
                _prunedOn = today;
            }

            await AppendAsync(DayFile(Path.Combine(_folder, today.ToString(DayFormat, CultureInfo.InvariantCulture) + Extension)), line, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never the text: the entry is lost, the resident's turn goes on. The file is opened anew for the next one.
            CloseDay();
            _logger.LogWarning(ex, "Could not record a {Kind} entry in the question log {Folder}", record.Kind, _folder);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Closes the day's file; every entry recorded is in it already.</summary>
    public void Dispose()
    {
        _gate.Wait();
        try
        {
            CloseDay();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<QuestionRecord>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var records = new List<QuestionRecord>();
        await foreach (var record in StreamAsync(since, cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        return records.OrderBy(r => r.At).ToList();
    }

    public async IAsyncEnumerable<QuestionRecord> StreamAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var firstDay = since == DateTimeOffset.MinValue ? DateOnly.MinValue : DateOnly.FromDateTime(since.UtcDateTime);
        foreach (var (_, path) in DayFiles().Where(f => f.Day >= firstDay).OrderBy(f => f.Day).ToList())
        {
            var lineNumber = 0;
            await foreach (var line in ReadLinesAsync(path, cancellationToken).ConfigureAwait(false))
            {
                lineNumber++;
                if (line is null)
                {
                    _logger.LogWarning("Skipped a line longer than {Max} characters in the question log: {File} line {Line}", MaxLineLength, Path.GetFileName(path), lineNumber);
                    continue;
                }

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                // A half-written or hand-edited line costs that line only.
                if (QuestionLogJson.Parse(line) is not { } record)
                {
                    _logger.LogWarning("Skipped an unreadable line in the question log: {File} line {Line}", Path.GetFileName(path), lineNumber);
                    continue;
                }

                if (record.At >= since)
                {
                    yield return record;
                }
            }
        }
    }

    /// <summary>Under the gate: the day's file, opened when the day changed or the open one left its path.</summary>
    private FileStream DayFile(string path)
    {
        // A stat per entry: far cheaper than the open, lock and close it replaces, and an entry is never written to a
        // file an administrator deleted or moved away (the folder is made again if it went with it).
        if (_day is not null && _dayPath == path && File.Exists(path))
        {
            return _day;
        }

        CloseDay();
        Directory.CreateDirectory(_folder);
        // No buffer: each write goes to the kernel at once, so nothing waits in this process to be flushed.
        _day = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        _dayPath = path;
        return _day;
    }

    private void CloseDay()
    {
        _day?.Dispose();
        _day = null;
        _dayPath = null;
    }

    private static async Task AppendAsync(FileStream stream, byte[] line, CancellationToken cancellationToken)
    {
        // FileMode.Append alone is not enough between processes: on Unix .NET opens without O_APPEND and writes at
        // the offset it found at open, so two writers could overwrite each other's line. A lock over the whole file
        // makes "seek to the end, write one line" a single step for everyone.
        // macOS has no region locks in .NET: one process per folder there, which is what development is.
        var locked = false;
        for (var attempt = 1; !locked && !OperatingSystem.IsMacOS(); attempt++)
        {
            try
            {
                stream.Lock(0, long.MaxValue);
                locked = true;
            }
            catch (IOException) when (attempt < LockAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10 + Random.Shared.Next(10)), cancellationToken).ConfigureAwait(false);
            }
        }

        try
        {
            // The end as it is now, written by any process, not where this one last wrote.
            stream.Seek(0, SeekOrigin.End);
            stream.Write(line);
        }
        finally
        {
            if (locked && !OperatingSystem.IsMacOS())
            {
                stream.Unlock(0, long.MaxValue);
            }
        }
    }

    // Lines one at a time, never more than MaxLineLength of one in memory; null stands for a longer line, skipped.
    private async IAsyncEnumerable<string?> ReadLinesAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not read the question log file {File}", Path.GetFileName(path));
            yield break;
        }

        using (reader)
        {
            var buffer = new char[8192];
            var line = new StringBuilder();
            var tooLong = false;
            while (true)
            {
                int read;
                try
                {
                    read = await reader.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException ex)
                {
                    _logger.LogWarning(ex, "Could not read the question log file {File}", Path.GetFileName(path));
                    yield break;
                }

                if (read == 0)
                {
                    break;
                }

                for (var i = 0; i < read; i++)
                {
                    var c = buffer[i];
                    if (c == '\n')
                    {
                        yield return tooLong ? null : line.ToString().TrimEnd('\r');
                        line.Clear();
                        tooLong = false;
                    }
                    else if (!tooLong)
                    {
                        tooLong = line.Length >= MaxLineLength;
                        if (tooLong)
                        {
                            line.Clear();
                        }
                        else
                        {
                            line.Append(c);
                        }
                    }
                }
            }

            if (tooLong || line.Length > 0)
            {
                yield return tooLong ? null : line.ToString().TrimEnd('\r');
            }
        }
    }

    private void DeleteExpired(DateOnly today)
    {
        var oldestKept = today.AddDays(-_retentionDays);
        foreach (var (day, path) in DayFiles().Where(f => f.Day < oldestKept))
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning(ex, "Could not delete the expired question log file {File}", Path.GetFileName(path));
            }
        }
    }

    private IEnumerable<(DateOnly Day, string Path)> DayFiles()
    {
        if (!Directory.Exists(_folder))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(_folder, "*" + Extension))
        {
            if (DateOnly.TryParseExact(Path.GetFileNameWithoutExtension(path), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                yield return (day, path);
            }
        }
    }
}
