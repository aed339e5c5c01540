using System.Security.Cryptography;
using System.Text.Json;
using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>
/// Identifies what a generation was built from: the loaded knowledge (its stored form, so any change to any file that
/// reaches the knowledge changes it) and the program that loaded and indexed it (a new build of the analyzer or the
/// loader must rebuild even unchanged files).
/// </summary>
internal static class KnowledgeFingerprint
{
    private static readonly string Program =
        $"{typeof(KnowledgeIndex).Assembly.ManifestModule.ModuleVersionId:N}.{typeof(KnowledgeBase).Assembly.ManifestModule.ModuleVersionId:N}";

    public static string Of(KnowledgeBase knowledge)
    {
        // Hashed as it is serialized, never held whole: the 100× knowledge is about 50 MB of JSON.
        using var hashing = new HashingStream();
        JsonSerializer.Serialize(hashing, knowledge);
        return $"{Program}.{Convert.ToHexStringLower(hashing.Hash())}";
    }

    private sealed class HashingStream : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] Hash() => _hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => _hash.AppendData(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _hash.AppendData(buffer);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
