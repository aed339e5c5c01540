using System.Text.Json;
using DxBot.Knowledge.Model;

namespace DxBot.Search.Tests;

/// <summary>
/// A generation stores each index part's entries in a file of its own: a one-city reindex writes that city's file and
/// links the others from the generation before, and a restart puts the knowledge together again exactly as loaded.
/// </summary>
public sealed class StoredEntriesTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TemporaryFolder root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public async Task A_one_city_reindex_links_the_unchanged_parts_entries_and_a_restart_serves_the_knowledge_as_loaded()
    {
        var before = TestKnowledge.Create();
        var tsushima = before.Entries.First(e => e.CityId == "tsushima");
        var changed = before with { Entries = [.. before.Entries.Select(e => e == tsushima ? e with { Body = e.Body + "（令和7年度に見直しました）" } : e)] };
        using (var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path }))
        {
            Assert.True((await service.ReindexAsync(before)).Succeeded);
            var first = Path.Combine(root.Path, "gen-000001");
            var files = Directory.GetFiles(first, "entries-*.json").Order(StringComparer.Ordinal).ToList();
            Assert.Equal(3, files.Count);
            foreach (var file in files)
            {
                // Marked, so that a file taken over by a link (the same file) is told from one written again.
                File.SetLastWriteTimeUtc(file, LongAgo);
            }

            var report = await service.ReindexAsync(changed);

            Assert.Equal(["tsushima"], report.Rebuilt);
            var second = Path.Combine(root.Path, "gen-000002");
            var written = Directory.GetFiles(second, "entries-*.json").Order(StringComparer.Ordinal)
                .Select(f => (Name: Path.GetFileName(f), Linked: File.GetLastWriteTimeUtc(f) == LongAgo)).ToList();

            // Parts in city order: the national entries, 半田市, 対馬市.
            Assert.Equal([("entries-000.json", true), ("entries-001.json", true), ("entries-002.json", false)], written);
        }

        using var restarted = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        Assert.NotNull(restarted.Restore());
        Assert.Equal(2, restarted.Current.Generation);
        Assert.Equal(JsonSerializer.Serialize(changed), JsonSerializer.Serialize(restarted.Current.Base));
    }

    [Fact]
    public async Task An_entry_moved_within_its_file_is_stored_anew_though_its_part_is_reused()
    {
        // A line number reaches no index field, so the part is taken over; the stored entries must still be the new ones.
        var before = TestKnowledge.Create();
        var handa = before.Entries.First(e => e.CityId == "handa");
        var moved = before with { Entries = [.. before.Entries.Select(e => e == handa ? e with { Line = 42 } : e)] };
        using (var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path }))
        {
            Assert.True((await service.ReindexAsync(before)).Succeeded);
            var report = await service.ReindexAsync(moved);
            Assert.True(report.Succeeded, report.Failure);
            Assert.Empty(report.Rebuilt);
        }

        using var restarted = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        Assert.NotNull(restarted.Restore());
        Assert.Equal(42, restarted.Current.Base.Entries.First(e => e.Id == handa.Id).Line);
        Assert.Equal(JsonSerializer.Serialize(moved), JsonSerializer.Serialize(restarted.Current.Base));
    }

    [Fact]
    public async Task Entries_no_part_indexes_and_the_loaded_order_are_stored_too()
    {
        // Cities interleaved, a duplicate id and an entry without an id: the list comes back in its own order.
        var knowledge = TestKnowledge.Create();
        var mixed = knowledge with
        {
            Entries =
            [
                .. knowledge.Entries.Where((_, i) => i % 2 == 1),
                TestKnowledge.Entry(knowledge.Entries[0].Id, "handa", "general", "同じ番号の項目", "後から来た同じ番号の項目です。"),
                TestKnowledge.Entry(string.Empty, null, "general", "番号のない項目", "番号のない項目です。"),
                .. knowledge.Entries.Where((_, i) => i % 2 == 0),
            ],
        };
        using (var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path }))
        {
            var report = await service.ReindexAsync(mixed);
            Assert.True(report.Succeeded, report.Failure);
        }

        using var restarted = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        Assert.NotNull(restarted.Restore());
        Assert.Equal(JsonSerializer.Serialize(mixed), JsonSerializer.Serialize(restarted.Current.Base));
    }

    [Fact]
    public async Task A_generation_stored_whole_by_an_earlier_version_is_still_served_and_reindexed()
    {
        // The layout before entries files: every entry in knowledge.json, nothing beside it.
        var knowledge = TestKnowledge.Create();
        using (var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path }))
        {
            Assert.True((await service.ReindexAsync(knowledge)).Succeeded);
        }

        var folder = Path.Combine(root.Path, "gen-000001");
        var stored = JsonSerializer.Deserialize<PersistedKnowledge>(await File.ReadAllTextAsync(Path.Combine(folder, PersistedKnowledge.FileName)))!;
        await File.WriteAllTextAsync(Path.Combine(folder, PersistedKnowledge.FileName), JsonSerializer.Serialize(new PersistedKnowledge(stored.BuiltAt, knowledge) { Fingerprint = stored.Fingerprint }));
        foreach (var file in Directory.GetFiles(folder, "entries-*.json"))
        {
            File.Delete(file);
        }

        using var restarted = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        Assert.NotNull(restarted.Restore());
        Assert.Equal(JsonSerializer.Serialize(knowledge), JsonSerializer.Serialize(restarted.Current.Base));

        var report = await restarted.ReindexAsync(knowledge);
        Assert.True(report.Succeeded, report.Failure);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(root.Path, "gen-000002"), "entries-*.json").Length);
    }

    [Fact]
    public async Task A_generation_whose_entries_file_was_altered_is_not_served()
    {
        using (var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path }))
        {
            Assert.True((await service.ReindexAsync(TestKnowledge.Create())).Succeeded);
        }

        var file = Path.Combine(root.Path, "gen-000001", "entries-001.json");
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("\"handa-", text, StringComparison.Ordinal);

        // Still valid JSON, still a list of entries: only the hash tells it from the file stored.
        await File.WriteAllTextAsync(file, text.Replace("\"handa-", "\"hando-", StringComparison.Ordinal));

        using var restarted = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        Assert.Null(restarted.Restore());
        Assert.Equal(0, restarted.Current.Generation);
    }

    [Fact]
    public void Entries_alike_for_the_part_fingerprint_are_those_with_the_same_fingerprint()
    {
        // SameEntryFields lets a part keep its fingerprint without hashing: it must compare exactly what is hashed.
        var entry = TestKnowledge.Entry("handa-a", "handa", "online", "題", "本文です。", "言葉") with { Category = "分類" };
        KnowledgeEntry[] others =
        [
            entry with { Id = "handa-b" },
            entry with { CityId = "tsushima" },
            entry with { Topic = "support" },
            entry with { Audience = "staff" },
            entry with { Title = "別の題" },
            entry with { Body = "別の本文です。" },
            entry with { Category = null },
            entry with { Source = entry.Source with { Document = "別の計画" } },
            entry with { Keywords = ["言葉", "もう一つ"] },
            entry with { Keywords = ["別の言葉"] },
        ];
        foreach (var other in others)
        {
            Assert.False(KnowledgeFingerprint.SameEntryFields(entry, other));
            Assert.NotEqual(KnowledgeFingerprint.OfEntries([entry]), KnowledgeFingerprint.OfEntries([other]));
        }

        // Fields outside the index (line, file, section) are no part of either.
        var moved = entry with { Line = 40, File = "cities/handa/other.md", Source = entry.Source with { Section = "第二章" }, Keywords = ["言葉"] };
        Assert.True(KnowledgeFingerprint.SameEntryFields(entry, moved));
        Assert.Equal(KnowledgeFingerprint.OfEntries([entry]), KnowledgeFingerprint.OfEntries([moved]));
    }
}
