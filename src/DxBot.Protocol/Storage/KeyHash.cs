using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace DxBot.Protocol.Storage;

/// <summary>
/// The SHA-256 of a key's UTF-8 bytes, for the in-memory stores that keep a key's hash instead of its string (one
/// string per resident was most of their memory). Equal hashes for different keys would take 2^128 tries to find.
/// </summary>
public static class KeyHash
{
    public const int Size = SHA256.HashSizeInBytes;

    public static void Sha256(string key, Span<byte> hash)
    {
        var length = Encoding.UTF8.GetMaxByteCount(key.Length);
        var rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> utf8 = rented ?? stackalloc byte[512];
            var written = Encoding.UTF8.GetBytes(key, utf8);
            SHA256.HashData(utf8[..written], hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
