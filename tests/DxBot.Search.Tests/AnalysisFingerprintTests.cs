using System.Security.Cryptography;
using System.Text.Json;

namespace DxBot.Search.Tests;

/// <summary>
/// The analysis fingerprint is taken over when the word lists are the same group objects as the last ones hashed: it
/// must still be the hash of the lists' JSON, and a list changed in any group must be hashed again.
/// </summary>
public sealed class AnalysisFingerprintTests
{
    [Fact]
    public void The_same_groups_give_the_hash_of_their_json_and_a_changed_group_is_hashed_again()
    {
        var knowledge = TestKnowledge.Create() with
        {
            Synonyms = [["オンライン", "ネット"], ["窓口", "カウンター"]],
            Readings = [["公金受取口座", "こうきんうけとりこうざ"]],
        };

        var first = KnowledgeFingerprint.OfAnalysis(knowledge);
        var again = KnowledgeFingerprint.OfAnalysis(knowledge with { Synonyms = [.. knowledge.Synonyms] });
        var changed = knowledge with { Synonyms = [knowledge.Synonyms[0], ["窓口", "受付"]] };
        var afterChange = KnowledgeFingerprint.OfAnalysis(changed);
        var longer = knowledge with { Readings = [.. knowledge.Readings, ["申請", "しんせい"]] };

        Assert.Equal(HashOfJson(knowledge), first);
        Assert.Equal(first, again);
        Assert.Equal(HashOfJson(changed), afterChange);
        Assert.NotEqual(first, afterChange);
        Assert.Equal(HashOfJson(longer), KnowledgeFingerprint.OfAnalysis(longer));
        Assert.Equal(first, KnowledgeFingerprint.OfAnalysis(knowledge));
    }

    private static string HashOfJson(DxBot.Knowledge.Model.KnowledgeBase knowledge) =>
        $"{KnowledgeFingerprint.Program}.{Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { knowledge.Synonyms, knowledge.Readings })))}";
}
