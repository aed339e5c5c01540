using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DxBot.Dialogs.State;

/// <summary>
/// One JSON file per key in a folder, so state survives a restart of a single-instance deployment.
/// File names are hashes of the keys: keys hold channel user ids, which must not appear on disk in clear.
/// A document expires <c>timeToLive</c> after its last write; expired files are deleted when read and by a sweep at
/// most once an hour, so the folder does not grow without bound. A file that is not a JSON document (a disk error, a
/// hand edit) is deleted and read as absent, so one bad file costs that document, not the user's every turn; a
/// temporary file left by a crash between write and rename is deleted at start and by the sweep.
/// </summary>
public sealed class FileStorage : IStorage
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    /// <summary>How old a temporary file must be before it is taken for a crash's leftover rather than a write under way.</summary>
    public static readonly TimeSpan StaleTemporaryAge = TimeSpan.FromMinutes(10);

    private const string TemporarySuffix = ".tmp";

    private readonly string _folder;
    private readonly TimeSpan? _timeToLive;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public FileStorage(string folder, TimeSpan? timeToLive = null, TimeProvider? timeProvider = null, ILogger<FileStorage>? logger = null)
    {
        _folder = folder;
        _timeToLive = timeToLive;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<FileStorage>.Instance;
        Directory.CreateDirectory(folder);
        DeleteStaleTemporaryFiles();
    }

    public async Task<IReadOnlyDictionary<string, JsonObject>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var path = PathFor(key);
            if (!File.Exists(path))
            {
                continue;
            }

            if (IsExpired(path))
            {
                File.Delete(path);
                continue;
            }

            var json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            if (Parse(json) is { } document)
            {
                result[key] = document;
            }
            else
            {
                // Never the key (it holds a user id) nor the content: the file name is a hash.
                _logger.LogWarning("Discarded the unreadable state file {File}; the document starts afresh.", Path.GetFileName(path));
                File.Delete(path);
            }
        }

        return result;
    }

    public async Task WriteAsync(IReadOnlyDictionary<string, JsonObject> changes, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var (key, document) in changes)
            {
                // Write then rename so a crash never leaves half a document.
                var path = PathFor(key);
                var temp = path + TemporarySuffix;
                await File.WriteAllTextAsync(temp, document.ToJsonString(), cancellationToken).ConfigureAwait(false);
                File.Move(temp, path, overwrite: true);

                // The write time is the expiry's start; set from our clock so it is the same clock that reads it.
                File.SetLastWriteTimeUtc(path, _time.GetUtcNow().UtcDateTime);
            }

            SweepExpired();
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            File.Delete(PathFor(key));
        }

        return Task.CompletedTask;
    }

    private static JsonObject? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void DeleteStaleTemporaryFiles()
    {
        var cutoff = _time.GetUtcNow().UtcDateTime - StaleTemporaryAge;
        foreach (var path in Directory.EnumerateFiles(_folder, "*.json" + TemporarySuffix))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(path) <= cutoff)
                {
                    File.Delete(path);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning("Could not delete the stale temporary state file {File} ({Error}).", Path.GetFileName(path), ex.GetType().Name);
            }
        }
    }

    private bool IsExpired(string path) =>
        _timeToLive is { } ttl && File.GetLastWriteTimeUtc(path) + ttl <= _time.GetUtcNow().UtcDateTime;

    private void SweepExpired()
    {
        var now = _time.GetUtcNow();
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + SweepInterval;
        DeleteStaleTemporaryFiles();
        if (_timeToLive is null)
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(_folder, "*.json"))
        {
            if (IsExpired(path))
            {
                File.Delete(path);
            }
        }
    }

    private string PathFor(string key) =>
        Path.Combine(_folder, StorageKeys.Hash(key) + ".json");
}
