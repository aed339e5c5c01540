using System.Security.Cryptography;
using System.Text.Json;
using DxBot.Knowledge.Model;

namespace DxBot.Search.Tests;

/// <summary>
/// The knowledge's fingerprint is hashed as its JSON is serialized, in the serializer's chunks, instead of from the
/// whole JSON held at once: it must be the very fingerprint the whole JSON gave, or every generation on disk would look
/// changed after an upgrade and be built again at the next start.
/// </summary>
public sealed class PersistedKnowledgeFingerprintTests
{
    [Fact]
    public void TheFingerprintIsTheHashOfTheWholeJsonOfTheRestThePartsAndTheOrder()
    {
        AssertFingerprintOfWholeJson(TestKnowledge.Create());
    }

    [Fact]
    public void KnowledgeWhoseJsonIsFarLargerThanTheSerializersBufferHasTheFingerprintOfItsWholeJson()
    {
        // 20,000 synonym groups and a profile name of 200,000 characters: a megabyte of JSON, written in many chunks,
        // one string longer than a chunk.
        var knowledge = TestKnowledge.Create() with
        {
            Synonyms = [.. TestKnowledge.Synonyms, .. Enumerable.Range(0, 20_000).Select(i => (IReadOnlyList<string>)[$"語{i}", $"ご{i}", "\"引用\""])],
            Cities = new Dictionary<string, CityProfile>(TestKnowledge.Create().Cities)
            {
                ["long"] = new("long", new string('長', 200_000), "県", new PlanInfo("計画")),
            },
        };

        AssertFingerprintOfWholeJson(knowledge);
    }

    private static void AssertFingerprintOfWholeJson(KnowledgeBase knowledge)
    {
        var plan = KnowledgeIndex.Plan(knowledge, null, CancellationToken.None);

        var writer = PersistedKnowledgeWriter.Begin(null, knowledge, plan, null);

        using var whole = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        whole.AppendData(JsonSerializer.SerializeToUtf8Bytes(knowledge with { Entries = plan.Loose! }));
        foreach (var hash in writer.EntryFiles)
        {
            whole.AppendData(Convert.FromHexString(hash));
        }

        whole.AppendData(JsonSerializer.SerializeToUtf8Bytes(PersistedKnowledgeWriter.Order(knowledge.Entries.Count, plan)));
        Assert.Equal($"{KnowledgeFingerprint.Program}.{Convert.ToHexStringLower(whole.GetHashAndReset())}", writer.Fingerprint);
    }
}
