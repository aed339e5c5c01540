using DxBot.Knowledge;
using DxBot.Knowledge.Loading;
using DxBot.Knowledge.Model;

namespace DxBot.Search.Tests;

/// <summary>
/// A reindex analyses only the cities whose entries changed and takes the others over from the generation in
/// service; whatever it reuses, its answers must be a full rebuild's, hit for hit and score for score.
/// </summary>
public sealed class IncrementalReindexTests : IDisposable
{
    private static readonly string[] AllParts = ["_national", "goshogawara", "handa", "namegata", "omaezaki", "tsushima"];

    private readonly TemporaryFolder root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public async Task A_change_to_one_citys_entries_rebuilds_that_city_only_and_answers_as_a_full_rebuild()
    {
        using var service = NewService();
        var before = Bundled();
        var first = await service.ReindexAsync(before);
        Assert.Equal(AllParts, first.Rebuilt.Select(PartName).Order(StringComparer.Ordinal));
        Assert.Empty(first.Reused);

        var handa = before.Entries.Where(e => e.CityId == "handa").ToList();
        var changed = before with
        {
            Entries =
            [
                .. before.Entries
                    .Where(e => e != handa[3])
                    .Select(e => e == handa[0] ? e with { Body = e.Body + " 窓口の受付時間は平日の午前8時30分から午後5時15分までです。" } : e),
                TestKnowledge.Entry("handa-added-penguin", "handa", "general", "ペンギンの飼育", "半田市の動物園ではペンギンの飼育体験があります。"),
            ],
        };
        var report = await service.ReindexAsync(changed);

        Assert.True(report.Succeeded, report.Failure);
        Assert.Equal(["handa"], report.Rebuilt);
        Assert.Equal(2, report.Analysed);
        Assert.Equal(["goshogawara", "namegata", "national", "omaezaki", "tsushima"], report.Reused.Order(StringComparer.Ordinal));
        Assert.Equal(changed.Entries.Count, report.Entries);
        Assert.Equal(FullRebuildAnswers(changed), Answers(service.Current.Searcher));
        Assert.Equal("handa-added-penguin", service.Current.Searcher.Search(new SearchRequest("ペンギンの飼育体験", "handa"))[0].Entry.Id);
        Assert.DoesNotContain(service.Current.Searcher.Search(new SearchRequest(handa[3].Title, "handa", MaxResults: 20)), h => h.Entry.Id == handa[3].Id);
    }

    [Fact]
    public async Task With_readings_a_one_city_change_keeps_the_other_cities_readings_and_answers_as_a_full_rebuild()
    {
        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path, RetireDelay = TimeSpan.Zero, Morphology = TestMorphology.Tagger });
        var before = Bundled();
        await service.ReindexAsync(before);

        var handa = before.Entries.First(e => e.CityId == "handa");
        var changed = before with { Entries = [.. before.Entries.Select(e => e == handa ? e with { Title = e.Title + "（更新）" } : e)] };
        var report = await service.ReindexAsync(changed);

        Assert.Equal(["handa"], report.Rebuilt);
        var tsushima = service.Current.Base.Entries.First(e => e.CityId == "tsushima");
        // A part reused from the generation before keeps its readings: without them a kana question missed that city.
        using var full = KnowledgeIndex.BuildInMemory(changed, TestMorphology.Tagger);
        Assert.Equal(full.ReadingOf(tsushima), ((LuceneKnowledgeSearcher)service.Current.Searcher).Index.ReadingOf(tsushima));
        Assert.NotNull(full.ReadingOf(tsushima));
        Assert.Equal(Answers(new LuceneKnowledgeSearcher(full)), Answers(service.Current.Searcher));
    }

    [Fact]
    public void Parts_analysed_side_by_side_answer_as_a_one_thread_build()
    {
        var knowledge = Bundled();
        using var oneThread = KnowledgeIndex.BuildInMemory(knowledge, TestMorphology.Tagger);
        using var fourThreads = KnowledgeIndex.Build(
            knowledge, folder: null, generation: 0, onClosed: null, previous: null, TestMorphology.Tagger, CancellationToken.None, analysisThreads: 4);

        Assert.Equal(AllParts, fourThreads.Rebuilt.Select(PartName).Order(StringComparer.Ordinal));
        Assert.Equal(knowledge.Entries.Count, fourThreads.Analysed);
        Assert.Equal(oneThread.Count, fourThreads.Count);
        // Every entry in the same place with the same reading; every answer the same, hit, score and coverage (the
        // copies under new ids score alike, so a part put in another order would change which comes first).
        Assert.All(knowledge.Entries, e => Assert.Equal(oneThread.ReadingOf(e), fourThreads.ReadingOf(e)));
        Assert.Equal(Answers(new LuceneKnowledgeSearcher(oneThread)), Answers(new LuceneKnowledgeSearcher(fourThreads)));
    }

    [Fact]
    public void A_part_that_fails_among_parts_analysed_side_by_side_fails_the_build_with_its_own_exception()
    {
        var knowledge = Bundled();
        var tagger = MeCabTagger.TryCreate(new MorphologyOptions(), out var problem) ?? throw new InvalidOperationException(problem);
        tagger.Dispose();

        // Every part's readings fail. The build throws as a one-thread build throws (the reindex's report names the
        // exception), not an AggregateException of the parts' failures.
        var oneThread = Record.Exception(() => KnowledgeIndex.BuildInMemory(knowledge, tagger).Dispose());
        var twoThreads = Record.Exception(() => KnowledgeIndex.Build(
            knowledge, folder: null, generation: 0, onClosed: null, previous: null, tagger, CancellationToken.None, analysisThreads: 2).Dispose());

        Assert.IsType<ObjectDisposedException>(oneThread);
        Assert.IsType<ObjectDisposedException>(twoThreads);
    }

    [Fact]
    public async Task Turning_readings_on_rebuilds_every_city()
    {
        var knowledge = Bundled();
        using (var plain = NewService())
        {
            await plain.ReindexAsync(knowledge);
        }

        // The generation built without readings is restored and lends its parts, but none was analysed with them.
        using var read = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path, RetireDelay = TimeSpan.Zero, Morphology = TestMorphology.Tagger });
        Assert.NotNull(read.Restore());
        var report = await read.ReindexAsync(knowledge);

        Assert.Equal(AllParts, report.Rebuilt.Select(PartName).Order(StringComparer.Ordinal));
        Assert.Empty(report.Reused);
    }

    [Fact]
    public async Task A_change_to_the_national_entries_rebuilds_them_only()
    {
        using var service = NewService();
        var before = Bundled();
        await service.ReindexAsync(before);

        var national = before.Entries.First(e => e.CityId is null);
        var changed = before with { Entries = [.. before.Entries.Select(e => e == national ? e with { Title = e.Title + "（更新）" } : e)] };
        var report = await service.ReindexAsync(changed);

        Assert.Equal(["national"], report.Rebuilt);
        Assert.Equal(FullRebuildAnswers(changed), Answers(service.Current.Searcher));
    }

    [Fact]
    public async Task A_removed_city_disappears_and_nothing_is_analysed()
    {
        using var service = NewService();
        var before = Bundled();
        await service.ReindexAsync(before);
        var withoutNamegata = before with
        {
            Cities = before.Cities.Where(c => c.Key != "namegata").ToDictionary(),
            Entries = [.. before.Entries.Where(e => e.CityId != "namegata")],
        };

        var report = await service.ReindexAsync(withoutNamegata);

        Assert.True(report.Succeeded, report.Failure);
        Assert.Empty(report.Rebuilt);
        Assert.DoesNotContain("namegata", report.Reused);
        Assert.Equal(withoutNamegata.Entries.Count, report.Entries);
        Assert.DoesNotContain(
            BenchQuestions.All().SelectMany(q => service.Current.Searcher.Search(new SearchRequest(q.Question, "namegata", MaxResults: 10))),
            h => h.Entry.CityId == "namegata");
        Assert.Equal(FullRebuildAnswers(withoutNamegata), Answers(service.Current.Searcher));
    }

    [Fact]
    public async Task A_synonym_change_rebuilds_every_city()
    {
        using var service = NewService();
        var before = Bundled();
        await service.ReindexAsync(before);

        // A new synonym changes the terms of every city's entries: a reused city would be analysed the old way.
        var changed = before with { Synonyms = [.. before.Synonyms, ["コンビニ交付", "コンビニで取る"]] };
        var report = await service.ReindexAsync(changed);

        Assert.Equal(AllParts, report.Rebuilt.Select(PartName).Order(StringComparer.Ordinal));
        Assert.Empty(report.Reused);
        Assert.Equal(FullRebuildAnswers(changed), Answers(service.Current.Searcher));
    }

    [Fact]
    public async Task A_broken_file_in_one_city_loses_that_files_entries_and_keeps_the_rest_without_rebuilding_them()
    {
        using var folder = new TemporaryFolder();
        CopyFolder(BenchQuestions.KnowledgeFolder(), folder.Path);
        var loader = new KnowledgeLoader();
        using var service = NewService();
        var before = await service.ReindexAsync(() => loader.Load([folder.Path]));
        Assert.True(before.Succeeded, before.Failure);

        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "cities", "handa", "online.md"), [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]);
        var broken = loader.Load([folder.Path]);
        var report = await service.ReindexAsync(() => broken);

        Assert.True(report.Succeeded, report.Failure);
        Assert.Contains(report.Errors, e => e.File.EndsWith("online.md", StringComparison.Ordinal));
        Assert.Equal(["handa"], report.Rebuilt);
        Assert.True(report.Entries < before.Entries);
        Assert.Equal(FullRebuildAnswers(broken), Answers(service.Current.Searcher));
    }

    [Fact]
    public async Task A_generation_restored_from_disk_lends_its_cities_to_the_next_reindex()
    {
        var before = Bundled();
        using (var first = NewService())
        {
            await first.ReindexAsync(before);
        }

        var tsushima = before.Entries.First(e => e.CityId == "tsushima");
        var changed = before with { Entries = [.. before.Entries.Select(e => e == tsushima ? e with { Keywords = [.. e.Keywords, "対馬の新しい言葉"] } : e)] };
        using (var service = NewService())
        {
            Assert.NotNull(service.Restore());
            Assert.Equal(FullRebuildAnswers(before), Answers(service.Current.Searcher));

            var report = await service.ReindexAsync(changed);

            Assert.Equal(["tsushima"], report.Rebuilt);
            Assert.Equal(FullRebuildAnswers(changed), Answers(service.Current.Searcher));
        }

        // What the incremental generation wrote (the reused cities linked from the folder before) opens as it served.
        using var restarted = NewService();
        Assert.NotNull(restarted.Restore());
        Assert.Equal(FullRebuildAnswers(changed), Answers(restarted.Current.Searcher));
    }

    [Fact]
    public async Task In_a_large_city_an_edit_to_one_file_analyses_that_files_part_only()
    {
        // 半田市 with 4,000 entries in 40 files: split into parts by file, the same way in a full build.
        var bundled = Bundled();
        var large = Enumerable.Range(0, 4_000).Select(i => TestKnowledge.Entry(
            $"handa-large-{i}", "handa", "general", $"お知らせ{i % 97}", $"半田市の窓口からのお知らせ{i}です。受付は平日{i % 7}番窓口です。") with { File = $"cities/handa/notices-{i % 40}.md" }).ToList();
        var before = bundled with { Entries = [.. bundled.Entries, .. large] };
        using var service = NewService();
        var first = await service.ReindexAsync(before);
        Assert.Equal(before.Entries.Count, first.Analysed);

        var edited = large.First(e => e.File == "cities/handa/notices-7.md");
        var changed = before with { Entries = [.. before.Entries.Select(e => e == edited ? e with { Body = e.Body + "（受付時間を変更しました）" } : e)] };
        var report = await service.ReindexAsync(changed);

        // Its part is rebuilt, and of it only the edited entry is analysed: the rest is merged over as it was.
        Assert.Equal(["handa"], report.Rebuilt);
        Assert.Equal(1, report.Analysed);
        Assert.Equal(FullRebuildAnswers(changed), Answers(service.Current.Searcher));
        Assert.Equal(edited.Id, service.Current.Searcher.Search(new SearchRequest("受付時間を変更しました", "handa"))[0].Entry.Id);
    }

    [Fact]
    public async Task A_part_rebuilt_for_an_edited_file_counts_coverage_units_from_the_replaced_parts_counts_as_a_full_count()
    {
        var bundled = Bundled();
        var large = Enumerable.Range(0, 4_000).Select(i => TestKnowledge.Entry(
            $"handa-large-{i}", "handa", "general", $"お知らせ{i % 97}", $"半田市の窓口からのお知らせ{i}です。受付は平日{i % 7}番窓口です。") with { File = $"cities/handa/notices-{i % 40}.md" }).ToList();
        var before = bundled with { Entries = [.. bundled.Entries, .. large] };
        using var service = NewService();
        await service.ReindexAsync(before);
        var asked = ((LuceneKnowledgeSearcher)service.Current.Searcher).Index;
        string[] units = ["窓口", "お知らせ", "受付", "平日", "番窓口", "変更", "受付時間", "ペンギン", "半田市", "申請", "ゴミ", "3番"];
        var countedBefore = units.Select(asked.DocumentsWith).ToList();

        // In the edited file: one entry changed (a unit it gains and one it loses), one removed, one added.
        var file = large.Where(e => e.File == "cities/handa/notices-7.md").ToList();
        var changed = before with
        {
            Entries =
            [
                .. before.Entries
                    .Where(e => e != file[1])
                    .Select(e => e == file[0] ? e with { Body = "受付時間を変更しました。ペンギンの話です。" } : e),
                TestKnowledge.Entry("handa-large-added", "handa", "general", "お知らせ追加", "半田市の3番窓口で受付時間を変更しました。") with { File = file[0].File },
            ],
        };
        await service.ReindexAsync(changed);
        var fresh = ((LuceneKnowledgeSearcher)service.Current.Searcher).Index;
        using var full = KnowledgeIndex.BuildInMemory(changed);

        Assert.Equal(units.Select(full.DocumentsWith), units.Select(fresh.DocumentsWith));
        Assert.True(fresh.CountedFromBefore > 0);
        Assert.NotEqual(countedBefore, units.Select(fresh.DocumentsWith));
        Assert.Equal(FullRebuildAnswers(changed), Answers(service.Current.Searcher));
    }

    [Fact]
    public async Task After_a_one_city_reindex_the_terms_asked_before_carry_the_unchanged_parts_statistics_over_and_count_as_a_fresh_lookup()
    {
        using var service = NewService();
        var before = Bundled();
        await service.ReindexAsync(before);
        var asked = ((LuceneKnowledgeSearcher)service.Current.Searcher).Index;
        Answers(service.Current.Searcher);
        var terms = asked.LookedUpTerms;
        Assert.NotEmpty(terms);

        var handa = before.Entries.First(e => e.CityId == "handa");
        var changed = before with { Entries = [.. before.Entries.Select(e => e == handa ? e with { Body = e.Body + " 窓口は平日の午前8時30分から開いています。" } : e)] };
        var report = await service.ReindexAsync(changed);
        Assert.Equal(["handa"], report.Rebuilt);
        var fresh = ((LuceneKnowledgeSearcher)service.Current.Searcher).Index;
        Assert.All(terms, t => Assert.True(fresh.HasTermContext(t.Field, t.Text)));

        // Each warmed term as TermContext.Build would look it up in the new generation, segment by segment; the
        // segments of the parts taken over hold the very states of the generation before (not looked up again).
        var oldLeaves = asked.Searcher.TopReaderContext.Leaves;
        var carried = 0;
        foreach (var (field, text) in terms)
        {
            var term = new Lucene.Net.Index.Term(field, text);
            var warmed = fresh.TermContextOf(field, text);
            var lookedUp = Lucene.Net.Index.TermContext.Build(fresh.Searcher.TopReaderContext, term);
            var previous = asked.TermContextOf(field, text);
            Assert.Equal(lookedUp.DocFreq, warmed.DocFreq);
            Assert.Equal(lookedUp.TotalTermFreq, warmed.TotalTermFreq);
            foreach (var leaf in fresh.Searcher.TopReaderContext.Leaves)
            {
                var state = (Lucene.Net.Codecs.BlockTermState?)warmed.Get(leaf.Ord);
                var expected = (Lucene.Net.Codecs.BlockTermState?)lookedUp.Get(leaf.Ord);
                Assert.Equal(expected?.DocFreq, state?.DocFreq);
                Assert.Equal(expected?.TotalTermFreq, state?.TotalTermFreq);
                if (oldLeaves.FirstOrDefault(l => ReferenceEquals(l.AtomicReader, leaf.AtomicReader)) is { } same && state is not null)
                {
                    Assert.Same(previous.Get(same.Ord), state);
                    carried++;
                }
            }
        }

        Assert.True(carried > 0);
        Assert.Equal(FullRebuildAnswers(changed), Answers(service.Current.Searcher));
    }

    private static string PartName(string city) => city == "national" ? "_national" : city;

    private KnowledgeService NewService() => new(new KnowledgeServiceOptions { IndexRoot = root.Path, RetireDelay = TimeSpan.Zero });

    // The bundled knowledge with every city's entries twice more under new ids, as bench/load replicates it: copies
    // score alike, so the order of documents decides between them and a part put back in the wrong place would show.
    private static KnowledgeBase Bundled()
    {
        var knowledge = new KnowledgeLoader().Load([BenchQuestions.KnowledgeFolder()]);
        Assert.Empty(knowledge.Errors);
        var copies = knowledge.Entries.Where(e => e.CityId is not null)
            .SelectMany(e => new[] { e with { Id = e.Id + "-r2" }, e with { Id = e.Id + "-r3" } });
        return knowledge with { Entries = [.. knowledge.Entries, .. copies] };
    }

    private static List<string> FullRebuildAnswers(KnowledgeBase knowledge)
    {
        using var full = KnowledgeIndex.BuildInMemory(knowledge);
        return Answers(new LuceneKnowledgeSearcher(full));
    }

    // Each question in its city and without one (every city), the top 8 with score and coverage.
    private static List<string> Answers(IKnowledgeSearcher searcher) =>
        [.. BenchQuestions.All()
            .SelectMany(q => new[] { (City: (string?)q.City, q.Question), (City: (string?)null, q.Question) })
            .Select(q => $"{q.City ?? "-"} {q.Question}: " + string.Join(" | ", searcher.Search(new SearchRequest(q.Question, q.City, MaxResults: 8))
                .Select(h => $"{h.Entry.Id} {h.Score:R} {h.Coverage:R}")))];

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
