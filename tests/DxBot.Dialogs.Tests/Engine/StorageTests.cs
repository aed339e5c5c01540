using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using DxBot.Dialogs.State;
using Microsoft.Extensions.Time.Testing;

namespace DxBot.Dialogs.Tests.Engine;

public sealed class StorageTests
{
    [Fact]
    public async Task File_storage_round_trips_and_never_writes_the_key_in_clear()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dxbot-state-" + Guid.NewGuid().ToString("N"));
        try
        {
            var storage = new FileStorage(folder);
            var key = "line/users/U4af4980629";
            await storage.WriteAsync(new Dictionary<string, JsonObject> { [key] = new() { ["city"] = "handa" } }, CancellationToken.None);

            var read = await new FileStorage(folder).ReadAsync([key], CancellationToken.None);

            Assert.Equal("handa", (string?)read[key]["city"]);
            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.DoesNotContain("U4af4980629", file);
            Assert.DoesNotContain("U4af4980629", await File.ReadAllTextAsync(file));

            await storage.DeleteAsync([key], CancellationToken.None);
            Assert.Empty(await storage.ReadAsync([key], CancellationToken.None));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Memory_storage_hands_out_copies()
    {
        var storage = new MemoryStorage();
        var document = new JsonObject { ["n"] = 1 };
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = document }, CancellationToken.None);
        document["n"] = 2;

        var read = await storage.ReadAsync(["k"], CancellationToken.None);

        Assert.Equal(1, (int?)read["k"]["n"]);
    }

    [Fact]
    public async Task Memory_storage_keeps_a_japanese_conversation_in_utf8_and_reads_it_back_the_same()
    {
        var storage = new MemoryStorage();
        var question = string.Concat(Enumerable.Repeat("マイナンバーカードの暗証番号を忘れました", 5));
        var document = new JsonObject
        {
            ["lastQuestion"] = question,
            ["stack"] = new JsonArray(new JsonObject { ["id"] = "knowledgeAnswer", ["state"] = new JsonObject { ["options"] = new JsonObject { ["question"] = question, ["n"] = 3 } } }),
            ["markup"] = "<b>\"引用\"</b> & 'x'\n\t\u0001",
            ["emoji"] = "👍 \U0001F44E",
        };
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = document }, CancellationToken.None);

        var read = await storage.ReadAsync(["k"], CancellationToken.None);

        Assert.Equal(document.ToJsonString(), read["k"].ToJsonString());
        // The question's 100 Japanese characters, twice, at 3 bytes each, not 12 (\uXXXX in a .NET string); the old
        // string took 2,840 bytes.
        Assert.True(storage.SizeOf("k") < document.ToJsonString().Length, $"{storage.SizeOf("k")} bytes");
        Assert.True(storage.SizeOf("k") < 1000, $"{storage.SizeOf("k")} bytes");
    }

    [Fact]
    public async Task Memory_storage_keeps_property_names_as_tokens_and_reads_every_byte_back()
    {
        var storage = new MemoryStorage();
        // A conversation document as the bot writes it, and the cases a name table could get wrong: text that looks
        // like a name, escapes, control characters (0x01 is the token's byte), names that are not learned.
        var document = new JsonObject
        {
            ["DialogState"] = new JsonObject { ["dialogStack"] = new JsonArray() },
            ["ConversationData"] = new JsonObject
            {
                ["cityId"] = null,
                ["lastTopic"] = "Knowledge",
                ["lastQuestion"] = "マイナンバーカードの申請はどこでできますか",
                ["lastAnswerTitle"] = "マイナンバーカードでできること",
                ["lastEntryId"] = "handa/mynumber.md#3",
                ["continueFrom"] = 0,
                ["unansweredQuestion"] = null,
            },
            ["looksLikeAName"] = "{\"lastTopic\":1,\"x\":\"\u0001\u0001\"} \\\" \":",
            ["\u0001"] = new JsonArray(1.5e10, -0.0, true, false, null, new JsonObject { ["lastTopic"] = "nested" }),
            ["名前"] = "not ASCII: kept as it is",
            [new string('n', 65)] = "too long: kept as it is",
            [""] = "empty",
            ["quote\"and\\backslash"] = 1,
        };
        var json = Encoding.UTF8.GetByteCount(document.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }));

        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = document }, CancellationToken.None);
        var first = storage.SizeOf("k");
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = document }, CancellationToken.None);
        var read = await storage.ReadAsync(["k"], CancellationToken.None);

        Assert.Equal(document.ToJsonString(), read["k"].ToJsonString());
        Assert.Equal(first, storage.SizeOf("k"));
        // The ASCII names (about 200 bytes with their quotes and colons) are two bytes each.
        Assert.True(storage.SizeOf("k") < json - 150, $"{storage.SizeOf("k")} of {json} bytes");
    }

    [Fact]
    public async Task Memory_storage_reads_back_documents_with_more_names_than_its_table_holds()
    {
        var storage = new MemoryStorage();
        var documents = Enumerable.Range(0, 3).Select(d => new JsonObject(Enumerable.Range(0, 200)
            .Select(i => KeyValuePair.Create<string, JsonNode?>($"name{d * 200 + i}", i)))).ToList();
        for (var d = 0; d < documents.Count; d++)
        {
            await storage.WriteAsync(new Dictionary<string, JsonObject> { [$"k{d}"] = documents[d] }, CancellationToken.None);
        }

        var read = await storage.ReadAsync(["k0", "k1", "k2"], CancellationToken.None);

        for (var d = 0; d < documents.Count; d++)
        {
            Assert.Equal(documents[d].ToJsonString(), read[$"k{d}"].ToJsonString());
        }
    }

    [Fact]
    public async Task Memory_storage_tells_long_and_nearly_equal_keys_apart()
    {
        var storage = new MemoryStorage();
        var longKey = "line/handa/conversations/" + new string('U', 1_000);
        string[] keys = [longKey, longKey + "1", "line/handa/conversations/U1", "line/handa/conversations/U2", "line/半田/conversations/U1"];
        foreach (var key in keys)
        {
            await storage.WriteAsync(new Dictionary<string, JsonObject> { [key] = new() { ["key"] = key } }, CancellationToken.None);
        }

        var read = await storage.ReadAsync(keys, CancellationToken.None);

        Assert.Equal(keys.Length, read.Count);
        Assert.All(keys, key => Assert.Equal(key, (string?)read[key]["key"]));
        await storage.DeleteAsync([keys[0]], CancellationToken.None);
        Assert.Equal(keys.Length - 1, (await storage.ReadAsync(keys, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Memory_storage_reads_and_writes_each_key_s_own_document_when_keys_alternate_on_one_thread()
    {
        // The last key's hash is kept for the next call on the thread: a different key must not reuse it.
        var storage = new MemoryStorage();
        const string a = "line/handa/conversations/Ua", b = "line/handa/conversations/Ub";
        await storage.WriteAsync(new Dictionary<string, JsonObject> { [a] = new() { ["who"] = "a" } }, CancellationToken.None);

        Assert.Empty(await storage.ReadAsync([b], CancellationToken.None));
        Assert.Equal("a", (string?)(await storage.ReadAsync([a], CancellationToken.None))[a]["who"]);
        await storage.WriteAsync(new Dictionary<string, JsonObject> { [b] = new() { ["who"] = "b" } }, CancellationToken.None);
        Assert.Equal("a", (string?)(await storage.ReadAsync([a], CancellationToken.None))[a]["who"]);
        Assert.Equal("b", (string?)(await storage.ReadAsync([b], CancellationToken.None))[b]["who"]);
        Assert.Equal("b", storage.ReadUtf8(b) is { } utf8 ? (string?)JsonNode.Parse(utf8)?["who"] : null);
        Assert.Null(storage.ReadUtf8("line/handa/conversations/Uc"));
    }

    [Fact]
    public async Task Memory_storage_is_bounded_and_drops_the_oldest_documents_first()
    {
        var storage = new MemoryStorage(capacity: 2);
        foreach (var key in new[] { "a", "b", "c" })
        {
            await storage.WriteAsync(new Dictionary<string, JsonObject> { [key] = new() { ["k"] = key } }, CancellationToken.None);
        }

        var read = await storage.ReadAsync(["a", "b", "c"], CancellationToken.None);

        Assert.Equal(["b", "c"], read.Keys.Order());
    }

    [Fact]
    public async Task Memory_storage_forgets_a_document_after_its_time_to_live()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var storage = new MemoryStorage(timeToLive: TimeSpan.FromDays(30), timeProvider: clock);
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = new() { ["city"] = "handa" } }, CancellationToken.None);

        clock.Advance(TimeSpan.FromDays(29));
        Assert.Single(await storage.ReadAsync(["k"], CancellationToken.None));

        // Each write starts the time again.
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = new() { ["city"] = "handa" } }, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(29));
        Assert.Single(await storage.ReadAsync(["k"], CancellationToken.None));

        clock.Advance(TimeSpan.FromDays(2));
        Assert.Empty(await storage.ReadAsync(["k"], CancellationToken.None));
    }

    [Fact]
    public async Task Memory_storage_rewrites_a_document_in_place_longer_or_shorter_and_reads_back_exactly_the_last()
    {
        var storage = new MemoryStorage();
        foreach (var text in new[] { "短い", string.Concat(Enumerable.Repeat("長い質問の文", 40)), "中くらいの質問", "" })
        {
            await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = new() { ["lastQuestion"] = text, ["n"] = text.Length } }, CancellationToken.None);

            var read = await storage.ReadAsync(["k"], CancellationToken.None);

            Assert.Equal(new JsonObject { ["lastQuestion"] = text, ["n"] = text.Length }.ToJsonString(), read["k"].ToJsonString());
        }

        await storage.DeleteAsync(["k"], CancellationToken.None);
        Assert.Empty(await storage.ReadAsync(["k"], CancellationToken.None));
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = new() { ["again"] = true } }, CancellationToken.None);
        Assert.Equal("{\"again\":true}", (await storage.ReadAsync(["k"], CancellationToken.None))["k"].ToJsonString());
    }

    [Fact]
    public async Task Memory_storage_readers_never_see_half_of_a_write_to_the_same_key()
    {
        var storage = new MemoryStorage(capacity: 4);
        var documents = Enumerable.Range(1, 8).Select(n => Encoding.UTF8.GetBytes($"{{\"text\":\"{new string('あ', n * 37)}\",\"n\":{n}}}")).ToArray();
        storage.WriteUtf8("k", documents[0]);
        // Readers read a fixed number of times and the writers go on until they are done: on two cores a reader given a
        // time limit may not be scheduled before it ends (a reader with no reads failed the test, no torn document).
        using var done = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(() =>
        {
            for (var i = w; !done.IsCancellationRequested; i++)
            {
                storage.WriteUtf8("k", documents[i % documents.Length]);
                storage.WriteUtf8($"other{i % 7}", documents[i % 3]);
            }
        })).ToArray();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var reads = 0;
            for (var attempt = 0; attempt < 20_000; attempt++)
            {
                // Evicted by the small capacity now and then: absent is allowed, a torn document is not.
                if (storage.ReadUtf8("k") is { } json)
                {
                    Assert.Contains(documents, d => d.AsSpan().SequenceEqual(json));
                    reads++;
                }
            }

            return reads;
        })).ToArray();

        await Task.WhenAll(readers);
        await done.CancelAsync();
        await Task.WhenAll(writers);
        Assert.True(readers.Sum(r => r.Result) > 0);
    }

    [Fact]
    public async Task File_storage_deletes_expired_documents_when_read_and_by_its_sweep()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dxbot-state-" + Guid.NewGuid().ToString("N"));
        try
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
            var storage = new FileStorage(folder, TimeSpan.FromDays(30), clock);
            await storage.WriteAsync(new Dictionary<string, JsonObject> { ["old"] = new() { ["n"] = 1 }, ["read"] = new() { ["n"] = 2 } }, CancellationToken.None);

            clock.Advance(TimeSpan.FromDays(31));
            Assert.Empty(await storage.ReadAsync(["read"], CancellationToken.None));
            Assert.Single(Directory.GetFiles(folder));

            // A later write sweeps what nobody read.
            await storage.WriteAsync(new Dictionary<string, JsonObject> { ["new"] = new() { ["n"] = 3 } }, CancellationToken.None);
            Assert.Single(Directory.GetFiles(folder));
            Assert.Single(await storage.ReadAsync(["new"], CancellationToken.None));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
