namespace DxBot.Search.Tests;

/// <summary>The P/Invoke binding to libmecab: words, base forms and readings, thread safety, and a clean "not found".</summary>
public sealed class MeCabTaggerTests
{
    [Fact]
    public void A_conjugated_verb_has_its_base_form_and_every_word_its_reading()
    {
        var words = TestMorphology.Tagger.Parse("スマホの使い方を助けてください");

        Assert.Contains(words, w => w.Surface == "助け" && w.BaseForm == "助ける" && w.PartOfSpeech == "動詞" && w.Reading == "タスケ");
        Assert.Contains(words, w => w.Surface == "使い方" && w.Reading == "ツカイカタ");

        // IPAdic does not know スマホ: no reading, the surface as its base form.
        Assert.Contains(words, w => w.Surface == "スマホ" && w.Reading is null && w.BaseForm == "スマホ");
    }

    [Fact]
    public void The_reading_of_a_text_is_its_katakana_with_breaks_where_there_is_no_kana()
    {
        Assert.Equal("モエナイゴミノヒ", KanaReading.Of(TestMorphology.Tagger, "燃えないごみの日"));
        Assert.Equal("モエナイゴミ ノ ヒ", KanaReading.Of(TestMorphology.Tagger, "もえないごみ の ひ"));
        Assert.Equal("シヤクショ ノテツヅキ", KanaReading.Of(TestMorphology.Tagger, "市役所（LINE）の手続き"));
    }

    [Fact]
    public void Parses_on_many_threads_at_once_give_the_same_words_as_one_at_a_time()
    {
        string[] texts = ["マイナンバーカードの交付率は？", "しやくしょの てつづき、いえから できますか", "住民票をコンビニで取れますか", "スマホ教室はいつ開かれますか"];
        var expected = texts.Select(t => string.Join('|', TestMorphology.Tagger.Parse(t))).ToArray();

        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            for (int round = 0; round < 20; round++)
            {
                results[i] = string.Join('|', TestMorphology.Tagger.Parse(texts[i % texts.Length]));
                Assert.Equal(expected[i % texts.Length], results[i]);
            }
        });

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % texts.Length], results[i]));
    }

    [Fact]
    public void A_library_that_does_not_exist_is_reported_not_thrown()
    {
        var tagger = MeCabTagger.TryCreate(new MorphologyOptions { LibraryPath = "/nonexistent/libmecab.so.2" }, out var problem);

        Assert.Null(tagger);
        Assert.Contains("/nonexistent/libmecab.so.2", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dictionary_folder_that_does_not_exist_is_reported_not_thrown()
    {
        var tagger = MeCabTagger.TryCreate(new MorphologyOptions { DictionaryPath = "/nonexistent/ipadic" }, out var problem);

        Assert.Null(tagger);
        Assert.Contains("/nonexistent/ipadic", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Turned_off_there_is_no_tagger()
    {
        Assert.Null(MeCabTagger.TryCreate(new MorphologyOptions { Enabled = false }, out var problem));
        Assert.Contains("Enabled", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disposed_tagger_refuses_to_parse()
    {
        var tagger = MeCabTagger.TryCreate(new MorphologyOptions(), out _)!;
        Assert.NotEmpty(tagger.Parse("手続き"));

        tagger.Dispose();

        Assert.Throws<ObjectDisposedException>(() => tagger.Parse("手続き"));
    }
}
