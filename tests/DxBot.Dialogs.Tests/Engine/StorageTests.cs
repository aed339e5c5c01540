using System.Text.Json.Nodes;
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
