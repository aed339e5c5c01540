namespace DxBot.Search.Tests;

/// <summary>One MeCab tagger for the test run (Debian's libmecab2 and mecab-ipadic-utf8, installed by test.sh).</summary>
internal static class TestMorphology
{
    private static readonly Lazy<MeCabTagger> Shared = new(() =>
        MeCabTagger.TryCreate(new MorphologyOptions(), out var problem) ?? throw new InvalidOperationException($"MeCab is needed for these tests: {problem}"));

    public static MeCabTagger Tagger => Shared.Value;
}
