namespace DxBot.Search.Tests;

/// <summary>How a question's words are weighed for confidence: rarity, its topic, whole katakana words, unknown Latin noise.</summary>
public sealed class QuestionWeightingTests : IDisposable
{
    private readonly KnowledgeIndex index = KnowledgeIndex.BuildInMemory(TestKnowledge.Create(
        TestKnowledge.Entry("tsushima-purpose", "tsushima", "plan", "対馬市DX推進計画の目的", "DX推進計画は市のデジタル化を進めるための計画です。"),
        TestKnowledge.Entry("tsushima-satellite", "tsushima", "plan", "サテライトオフィスの活用", "職員が在宅やサテライトオフィスで働けるテレワークを広げる計画です。"),
        TestKnowledge.Entry("tsushima-giga", "tsushima", "plan", "GIGAスクール", "小中学校でタブレットを使い、プログラミング的思考を育てます。"),
        TestKnowledge.Entry("tsushima-ict-course", "tsushima", "support", "ICT講座", "講座の日程と会場は、市の広報でお知らせする予定です。"),
        TestKnowledge.Entry("tsushima-policies", "tsushima", "plan", "3つの基本方針", "基本理念を実現するため、計画は3つの基本方針を掲げています。"),
        TestKnowledge.Entry("tsushima-principle", "tsushima", "plan", "基本理念とキャッチフレーズ", "市の基本理念は、誰もが便利さを実感できる行政サービスの実現です。"),
        TestKnowledge.Entry("tsushima-schedule", "tsushima", "plan", "全体スケジュール", "取組ごとの実施時期を年度別の表にまとめています。")));

    private LuceneKnowledgeSearcher Searcher => new(index);

    public void Dispose() => index.Dispose();

    [Fact]
    public void The_topic_of_the_question_outweighs_the_words_it_shares_with_other_entries()
    {
        var hits = Searcher.Search(new("対馬市のDX推進計画の期間は？", "tsushima"));

        Assert.Equal(TestKnowledge.PlanPeriodEntry, hits[0].Entry.Id);
    }

    [Theory]
    [InlineData("申請書を書かない、待たない市役所を目指します。", 1.0)]
    [InlineData("申請書ですぐ待たせない窓口にします。", 0.5)]
    [InlineData("窓口で書類と申請書を確認します。", 0.0)]
    public void A_verb_counts_only_where_the_entry_uses_it_as_a_verb(string entryText, double share)
    {
        var (folded, kinds) = index.Fold("窓口で書いたり待ったりしますか？");
        var question = Question.Parse(folded, kinds);

        Assert.Equal(share, question.VerbStemShareOf(index.Fold(entryText).Text), 3);
    }

    [Fact]
    public void A_word_kept_whole_is_not_folded_inside_while_the_shorter_word_alone_is()
    {
        using var kept = KnowledgeIndex.BuildInMemory(TestKnowledge.Create() with { Synonyms = [["オンライン", "ネット"], ["インターネット"]] });

        Assert.StartsWith("オンライン", kept.Fold("ネットでできる？").Text);
        Assert.Contains("インターネット", kept.Fold("インターネットの利用").Text);
    }

    [Fact]
    public void An_adverb_made_with_teki_ni_is_no_unit_while_the_same_word_as_a_noun_is()
    {
        var (adverb, adverbKinds) = index.Fold("最終的に何手続まで増やすの？");
        var (noun, nounKinds) = index.Fold("最終的な目標は？");

        Assert.DoesNotContain("最終", Question.Parse(adverb, adverbKinds).Units.Keys);
        Assert.Contains("手続", Question.Parse(adverb, adverbKinds).Units.Keys);
        Assert.Contains("最終", Question.Parse(noun, nounKinds).Units.Keys);
    }

    [Fact]
    public void When_the_story_happens_does_not_join_the_next_word_into_a_unit()
    {
        var (folded, kinds) = index.Fold("来月引っ越すので転出の手続きを知りたい");
        var question = Question.Parse(folded, kinds);

        // 「来月引」 is one kanji run; its middle bigram 月引 is neither word.
        Assert.DoesNotContain("月引", question.Units.Keys);
        Assert.Contains("転出", question.Units.Keys);
    }

    [Fact]
    public void A_slot_such_as_the_schedule_is_no_answer_without_its_subject()
    {
        var festival = Searcher.Search(new("今年の山車まつりの日程って？", "tsushima"));
        var course = Searcher.Search(new("ICT講座の日程って？", "tsushima"))[0];

        Assert.All(festival, h => Assert.True(h.Coverage < 0.3, $"{h.Entry.Id} {h.Coverage}"));
        Assert.Equal("tsushima-ict-course", course.Entry.Id);
        Assert.True(course.Coverage > 0.9, course.Coverage.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_citys_entries_cover_the_name_of_the_plan_they_come_from()
    {
        var hit = Searcher.Search(new("DX推進計画のスケジュール", "tsushima")).Single(h => h.Entry.Id == "tsushima-schedule");

        Assert.True(hit.Coverage > 0.99, hit.Coverage.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_entry_whose_title_names_the_topic_comes_before_one_that_mentions_it()
    {
        var hits = Searcher.Search(new("基本理念って何？", "tsushima"));

        Assert.Equal("tsushima-principle", hits[0].Entry.Id);
        Assert.Contains(hits, h => h.Entry.Id == "tsushima-policies");
    }

    [Fact]
    public void Kana_only_chat_does_not_match_by_chance_but_kana_words_do()
    {
        var thanks = Searcher.Search(new("ありがとう", "tsushima"));
        var telework = Searcher.Search(new("てれわーく", "tsushima"))[0];

        // 「ありがとう」 shares only scattered pairs (あり) with the entries: never a confident match.
        Assert.All(thanks, h => Assert.True(h.Coverage < 0.3, $"{h.Entry.Id} {h.Coverage}"));
        Assert.Equal("tsushima-telework", telework.Entry.Id);
        Assert.True(telework.Coverage > 0.9, telework.Coverage.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_topic_no_entry_has_lowers_the_confidence_of_every_hit()
    {
        var penalised = Searcher.Search(new("GIGAスクールの献立を教えて", "tsushima"))[0];
        var plain = new LuceneKnowledgeSearcher(index, KnowledgeSearchOptions.Default with { UnknownFocusFactor = 1 }).Search(new("GIGAスクールの献立を教えて", "tsushima"))[0];
        var known = Searcher.Search(new("GIGAスクールのタブレットを教えて", "tsushima"))[0];

        Assert.Equal("tsushima-giga", penalised.Entry.Id);
        Assert.Equal(plain.Coverage * 0.85, penalised.Coverage, 3);
        Assert.True(known.Coverage > 0.99, known.Coverage.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Whose_topic_it_is_counts_when_no_entry_knows_it()
    {
        // 「図書館のタブレット」 is not the schools' tablets: nothing here is about a library.
        var penalised = Searcher.Search(new("図書館のタブレットを教えて", "tsushima"))[0];
        var plain = new LuceneKnowledgeSearcher(index, KnowledgeSearchOptions.Default with { UnknownModifierFactor = 1 }).Search(new("図書館のタブレットを教えて", "tsushima"))[0];

        Assert.Equal("tsushima-giga", penalised.Entry.Id);
        Assert.Equal(plain.Coverage * 0.4, penalised.Coverage, 3);
    }

    [Fact]
    public void An_entry_without_whose_topic_it_is_loses_confidence_when_another_entry_has_it()
    {
        // 講座 is in the ICT course entry only: the schools' tablets are not the course's.
        const string question = "講座のタブレットは？";
        var penalised = Searcher.Search(new(question, "tsushima")).Single(h => h.Entry.Id == "tsushima-giga");
        var plain = new LuceneKnowledgeSearcher(index, KnowledgeSearchOptions.Default with { MissingModifierFactor = 1 }).Search(new(question, "tsushima")).Single(h => h.Entry.Id == "tsushima-giga");
        var distant = Searcher.Search(new("現在の計画のタブレットは？", "tsushima")).Single(h => h.Entry.Id == "tsushima-giga");

        Assert.Equal(plain.Coverage * 0.6, penalised.Coverage, 3);

        // Only the noun next to the topic: 現在 further out is a setting, not whose tablets they are.
        Assert.True(distant.Coverage > penalised.Coverage);
    }

    [Fact]
    public void Latin_words_no_entry_has_do_not_dilute_the_confidence()
    {
        var plain = Searcher.Search(new("テレワーク", "tsushima"))[0];
        var noisy = Searcher.Search(new("テレワーク' OR '1'='1'; DROP TABLE docs; --", "tsushima"))[0];

        Assert.Equal("tsushima-telework", noisy.Entry.Id);
        Assert.Equal(plain.Coverage, noisy.Coverage, 3);
    }

    [Fact]
    public void A_short_katakana_word_is_not_found_inside_a_longer_one()
    {
        var hits = Searcher.Search(new("昨日のプロ野球は勝った？", "tsushima"));

        Assert.All(hits, h => Assert.True(h.Coverage < 0.3, $"{h.Entry.Id} {h.Coverage}"));
    }

    [Fact]
    public void A_katakana_compound_is_split_into_the_words_the_knowledge_uses()
    {
        var hit = Searcher.Search(new("サテライトオフィステレワーク", "tsushima"))[0];

        Assert.Equal("tsushima-satellite", hit.Entry.Id);
        Assert.True(hit.Coverage > 0.9, hit.Coverage.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
