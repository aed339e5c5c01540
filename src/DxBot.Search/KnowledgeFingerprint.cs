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

    /// <summary>The knowledge in its stored form (written into knowledge.json as is) and its fingerprint.</summary>
    public static (byte[] Json, string Fingerprint) Of(KnowledgeBase knowledge)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(knowledge);
        return (json, $"{Program}.{Convert.ToHexStringLower(SHA256.HashData(json))}");
    }
}
