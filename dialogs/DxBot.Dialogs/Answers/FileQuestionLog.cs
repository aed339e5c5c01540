using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// The question log in JSON Lines, one file per UTC day (<c>yyyy-MM-dd.jsonl</c>), so expiry is deleting whole files
/// and a damaged file loses one day at most. Several bot processes may share the folder.
/// </summary>
public sealed class FileQuestionLog : IQuestionLog
{
    private const string Extension = ".jsonl";
    private const string DayFormat = "yyyy-MM-dd";

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
            Directory.CreateDirectory(_folder);
            if (_prunedOn != today)
            {
                DeleteExpired(today);
                _prunedOn = today;
            }

            await AppendAsync(Path.Combine(_folder, today.ToString(DayFormat, CultureInfo.InvariantCulture) + Extension), line, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never the text: the entry is lost, the resident's turn goes on.
            _logger.LogWarning(ex, "Could not record a {Kind} entry in the question log {Folder}", record.Kind, _folder);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task<IReadOnlyList<QuestionRecord>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var records = new List<QuestionRecord>();
        var firstDay = since == DateTimeOffset.MinValue ? DateOnly.MinValue : DateOnly.FromDateTime(since.UtcDateTime);
        foreach (var (day, path) in DayFiles().Where(f => f.Day >= firstDay).OrderBy(f => f.Day))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadFile(path, since, records);
        }

        return Task.FromResult<IReadOnlyList<QuestionRecord>>(records.OrderBy(r => r.At).ToList());
    }

    private static async Task AppendAsync(string path, byte[] line, CancellationToken cancellationToken)
    {
        // FileMode.Append alone is not enough between processes: on Unix .NET opens without O_APPEND and writes at
        // the offset it found at open, so two writers could overwrite each other's line. A lock over the whole file
        // makes "seek to the end, write one line" a single step for everyone.
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
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
            stream.Seek(0, SeekOrigin.End);
            stream.Write(line);
            stream.Flush();
        }
        finally
        {
            if (locked && !OperatingSystem.IsMacOS())
            {
                stream.Unlock(0, long.MaxValue);
            }
        }
    }

    private void ReadFile(string path, DateTimeOffset since, List<QuestionRecord> records)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var lineNumber = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
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
                    records.Add(record);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not read the question log file {File}", Path.GetFileName(path));
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
