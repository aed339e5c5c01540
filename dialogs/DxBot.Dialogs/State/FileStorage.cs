using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace DxBot.Dialogs.State;

/// <summary>
/// One JSON file per key in a folder, so state survives a restart of a single-instance deployment.
/// File names are hashes of the keys: keys hold channel user ids, which must not appear on disk in clear.
/// </summary>
public sealed class FileStorage : IStorage
{
    private readonly string _folder;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public FileStorage(string folder)
    {
        _folder = folder;
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
            }
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

    private string PathFor(string key) =>
        Path.Combine(_folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + ".json");
}
