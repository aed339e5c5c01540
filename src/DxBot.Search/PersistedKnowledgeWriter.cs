using System.Text.Json;
using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>
/// Writes a generation's <see cref="PersistedKnowledge"/> in two steps around the build: the knowledge first, hashed
/// for its fingerprint as it is written (so a reindex serializes the whole knowledge once, not once for the fingerprint
/// and again for the file), then, once the index is built, when and from what it was built. The file is written under a
/// temporary name and renamed into place only when whole: a generation without it is never served.
/// </summary>
internal sealed class PersistedKnowledgeWriter : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _temporary;
    private readonly string _file;
    private bool _closed;

    private PersistedKnowledgeWriter(FileStream stream, string temporary, string file, string fingerprint)
    {
        _stream = stream;
        _temporary = temporary;
        _file = file;
        Fingerprint = fingerprint;
    }

    /// <summary>The knowledge's fingerprint (<see cref="KnowledgeFingerprint.Of(KnowledgeBase)"/>).</summary>
    public string Fingerprint { get; }

    /// <summary>Writes the knowledge into the generation's folder (created if need be) and hashes it on the way.</summary>
    public static PersistedKnowledgeWriter Begin(string folder, KnowledgeBase knowledge)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, PersistedKnowledge.FileName);
        var temporary = file + ".tmp";
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
        try
        {
            // The same object PersistedKnowledge's serialization writes, its properties in another order (which
            // reading ignores); the knowledge's bytes are exactly those the fingerprint hashes.
            stream.Write("{\"Knowledge\":"u8);
            var fingerprint = KnowledgeFingerprint.Of(knowledge, stream);
            return new PersistedKnowledgeWriter(stream, temporary, file, fingerprint);
        }
        catch
        {
            stream.Dispose();
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Ends the file with the build's time and fingerprint and puts it in place.</summary>
    public void Complete(DateTimeOffset builtAt, string fingerprint)
    {
        _stream.Write(",\"BuiltAt\":"u8);
        _stream.Write(JsonSerializer.SerializeToUtf8Bytes(builtAt));
        _stream.Write(",\"Fingerprint\":"u8);
        _stream.Write(JsonSerializer.SerializeToUtf8Bytes(fingerprint));
        _stream.Write("}"u8);
        _stream.Dispose();
        _closed = true;
        File.Move(_temporary, _file, overwrite: true);
    }

    /// <summary>Abandons a file not completed (the reindex failed, or found the knowledge unchanged).</summary>
    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _stream.Dispose();
        try
        {
            File.Delete(_temporary);
        }
        catch (IOException)
        {
            // The generation's folder goes with it, or the next run's clean-up takes it.
        }
    }
}
