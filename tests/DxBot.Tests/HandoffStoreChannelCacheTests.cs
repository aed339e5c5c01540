using System.Data.Common;
using DxBot.Handoff;
using DxBot.Storage.Sql;
using DxBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DxBot.Tests;

/// <summary>
/// Every answer not found asks the store for the city's staff channel: read from the database once and reused, replaced
/// at once by a capture of this instance, re-read after <see cref="HandoffStore.ChannelCacheTime"/> for other instances'.
/// </summary>
public sealed class HandoffStoreChannelCacheTests
{
    [Fact]
    public async Task A_citys_staff_channel_is_read_from_the_database_once_for_many_answers()
    {
        await using var database = new CountingDatabase();
        var time = new ManualTime();
        var store = database.NewStore(time);
        await store.SaveChannelAsync("handa", new StaffChannel("https://smba.example/", "19:handa"), DateTimeOffset.UtcNow, CancellationToken.None);
        var opened = database.Opened;

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal("19:handa", (await store.GetChannelAsync("handa", CancellationToken.None))?.ConversationId);
            Assert.Null(await store.GetChannelAsync("omaezaki", CancellationToken.None));
        }

        // One read per city, the channel and the absence of one alike.
        Assert.Equal(opened + 2, database.Opened);
    }

    [Fact]
    public async Task A_capture_replaces_the_channel_at_once_and_another_instances_is_seen_after_the_cache_time()
    {
        await using var database = new CountingDatabase();
        var time = new ManualTime();
        var store = database.NewStore(time);
        var other = database.NewStore(time);
        Assert.Null(await store.GetChannelAsync("handa", CancellationToken.None));

        // This instance's own capture: seen by its next read.
        await store.SaveChannelAsync("handa", new StaffChannel("https://smba.example/", "19:first"), DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal("19:first", (await store.GetChannelAsync("handa", CancellationToken.None))?.ConversationId);

        // Another instance's capture in the shared database: seen once the cached read is old enough.
        await other.SaveChannelAsync("handa", new StaffChannel("https://smba.example/", "19:second"), DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal("19:first", (await store.GetChannelAsync("handa", CancellationToken.None))?.ConversationId);
        time.Advance(HandoffStore.ChannelCacheTime);
        Assert.Equal("19:second", (await store.GetChannelAsync("handa", CancellationToken.None))?.ConversationId);
    }

    /// <summary>SQLite in a temporary folder, counting the connections opened (each command opens one).</summary>
    private sealed class CountingDatabase : IDatabase, IAsyncDisposable
    {
        private readonly SqlDatabase _inner;
        private int _opened;

        public CountingDatabase()
        {
            var folder = RepositoryPaths.NewTempFolder();
            _inner = new SqlDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "dxbot.db")}" }, folder);
        }

        public DatabaseProvider Provider => _inner.Provider;

        public int Opened => Volatile.Read(ref _opened);

        public Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _opened);
            return _inner.OpenConnectionAsync(cancellationToken);
        }

        public HandoffStore NewStore(TimeProvider time) =>
            new(this, new SchemaMigrator(this, HandoffMigrations.All, TimeProvider.System, NullLogger<SchemaMigrator>.Instance), time);

        public ValueTask DisposeAsync() => _inner.DisposeAsync();
    }

    /// <summary>A clock moved by hand: the cache's age is measured with its timestamps.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Volatile.Read(ref _ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
