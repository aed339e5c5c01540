using System.Text.Json.Nodes;

namespace DxBot.Dialogs.State;

/// <summary>
/// One JSON file per key in a folder, so state survives a restart of a single-instance deployment.
/// File names are hashes of the keys: keys hold channel user ids, which must not appear on disk in clear.
/// A document expires <c>timeToLive</c> after its last write; expired files are deleted when read and by a sweep at
/// most once an hour, so the folder does not grow without bound.
/// </summary>
public sealed class FileStorage : IStorage
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    private readonly string _folder;
    private readonly TimeSpan? _timeToLive;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public FileStorage(string folder, TimeSpan? timeToLive = null, TimeProvider? timeProvider = null)
    {
        _folder = folder;
        _timeToLive = timeToLive;
        _time = timeProvider ?? TimeProvider.System;
        Directory.CreateDirectory(folder);
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
            if (JsonNode.Parse(json) is JsonObject document)
            {
                result[key] = document;
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
                var temp = path + ".tmp";
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

    private bool IsExpired(string path) =>
        _timeToLive is { } ttl && File.GetLastWriteTimeUtc(path) + ttl <= _time.GetUtcNow().UtcDateTime;

    private void SweepExpired()
    {
        var now = _time.GetUtcNow();
        if (_timeToLive is null || now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + SweepInterval;
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
