using DxBot.Protocol.Storage;

namespace DxBot.Protocol.Tests;

public sealed class FileEventJournalTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dxbot-journal-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task What_a_run_left_unanswered_is_handed_to_the_next_run_once_and_in_order()
    {
        using (var first = new FileEventJournal(_folder))
        {
            var receipts = await first.AppendAsync(["one", "two", "three"], CancellationToken.None);
            await first.CompleteAsync(receipts[1], CancellationToken.None);

            // The process dies here: nothing is closed in an orderly way (the journal writes unbuffered).
        }

        using var next = new FileEventJournal(_folder);
        var recovered = await next.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None);
        var again = await next.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(["one", "three"], recovered.Select(e => e.Payload));
        Assert.Empty(again);
    }

    [Fact]
    public async Task A_file_is_deleted_once_every_entry_in_it_is_answered()
    {
        using (var first = new FileEventJournal(_folder))
        {
            await first.AppendAsync(["left"], CancellationToken.None);
        }

        using var next = new FileEventJournal(_folder);
        var receipts = await next.AppendAsync(["a", "b"], CancellationToken.None);
        var recovered = await next.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None);
        Assert.Equal(2, Directory.EnumerateFiles(_folder).Count());

        await next.CompleteAsync(recovered.Single().Receipt, CancellationToken.None);
        await next.CompleteAsync(receipts[0], CancellationToken.None);
        await next.WrittenAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Single(Directory.EnumerateFiles(_folder));
        await next.CompleteAsync(receipts[1], CancellationToken.None);

        // The writer thread deletes it, right after the completion.
        await next.WrittenAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Empty(Directory.EnumerateFiles(_folder));
    }

    [Fact]
    public async Task A_live_journals_entries_are_not_taken_by_another_in_the_same_folder()
    {
        using var live = new FileEventJournal(_folder);
        await live.AppendAsync(["mine"], CancellationToken.None);

        using var other = new FileEventJournal(_folder);
        Assert.Empty(await other.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task A_line_cut_short_by_the_crash_is_skipped_and_later_completions_stay_readable()
    {
        using (var first = new FileEventJournal(_folder))
        {
            await first.AppendAsync(["whole", "also whole"], CancellationToken.None);
        }

        var file = Directory.EnumerateFiles(_folder).Single();
        await File.AppendAllTextAsync(file, "{\"a\":2,\"p\":\"cut sh");

        using (var second = new FileEventJournal(_folder))
        {
            var recovered = await second.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None);
            Assert.Equal(["whole", "also whole"], recovered.Select(e => e.Payload));
            await second.CompleteAsync(recovered[0].Receipt, CancellationToken.None);
        }

        using var third = new FileEventJournal(_folder);
        Assert.Equal(["also whole"], (await third.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None)).Select(e => e.Payload));
    }

    [Fact]
    public async Task Concurrent_appends_are_all_kept()
    {
        using (var first = new FileEventJournal(_folder))
        {
            var receipts = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => first.AppendAsync([$"event {i}"], CancellationToken.None))));
            Assert.Equal(100, receipts.SelectMany(r => r).Select(r => r.Id).Distinct().Count());
        }

        using var next = new FileEventJournal(_folder);
        var recovered = await next.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"event {i}").Order(), recovered.Select(e => e.Payload).Order());
    }

    [Fact]
    public async Task Appends_that_arrive_during_a_sync_share_the_next_one_and_no_caller_waits_on_the_disk()
    {
        using var holding = new ManualResetEventSlim(false);
        using var journal = new FileEventJournal(_folder, beforeSync: () => holding.Wait(TimeSpan.FromMinutes(2)));

        // The first append's sync is held (a slow disk): the call itself returns at once, its task pending.
        var first = journal.AppendAsync(["first"], CancellationToken.None);
        Assert.False(first.IsCompleted);

        // Fifty webhooks meanwhile, each from its own caller: none blocks its thread either.
        var others = Enumerable.Range(0, 50).Select(i => journal.AppendAsync([$"event {i}"], CancellationToken.None)).ToList();
        Assert.All(others, task => Assert.False(task.IsCompleted));

        holding.Set();
        await first.WaitAsync(TimeSpan.FromMinutes(2));
        await Task.WhenAll(others).WaitAsync(TimeSpan.FromMinutes(2));

        // One sync for the first (with whichever of the fifty the writer found with it), one for the rest.
        Assert.InRange(journal.Syncs, 1, 2);
    }

    [Fact]
    public async Task A_write_held_by_the_disk_holds_up_no_append_and_no_completion()
    {
        using var writing = new ManualResetEventSlim(false);
        using var holding = new ManualResetEventSlim(true);
        using var journal = new FileEventJournal(_folder, beforeSync: null, beforeWrite: () =>
        {
            writing.Set();
            holding.Wait(TimeSpan.FromMinutes(2));
        });
        var first = await journal.AppendAsync(["first"], CancellationToken.None);
        await journal.WrittenAsync().WaitAsync(TimeSpan.FromMinutes(2));

        // The writer's next write is held (a write to the page a sync is flushing waits for that sync).
        holding.Reset();
        writing.Reset();
        var second = journal.AppendAsync(["second"], CancellationToken.None);
        Task<IReadOnlyList<JournalReceipt>> third;
        Assert.True(writing.Wait(TimeSpan.FromMinutes(2)));
        try
        {
            // A worker completing its event and a webhook appending its own go on: neither waits for the file.
            // (StartNew's task is the call's: it completes when the method returns, not when its entries are synced.)
            await Task.Run(() => journal.CompleteAsync(first[0], CancellationToken.None)).WaitAsync(TimeSpan.FromSeconds(30));
            third = await Task.Factory.StartNew(() => journal.AppendAsync(["third"], CancellationToken.None), CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default)
                .WaitAsync(TimeSpan.FromSeconds(30));
            Assert.False(second.IsCompleted);
        }
        finally
        {
            holding.Set();
        }

        await Task.WhenAll(second, third).WaitAsync(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task What_was_completed_just_before_an_orderly_stop_is_not_answered_again()
    {
        using (var first = new FileEventJournal(_folder))
        {
            var receipts = await first.AppendAsync(["one", "two"], CancellationToken.None);
            await first.CompleteAsync(receipts[0], CancellationToken.None);
        }

        using var next = new FileEventJournal(_folder);
        Assert.Equal(["two"], (await next.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None)).Select(e => e.Payload));
    }

    [Fact]
    public async Task Its_files_are_readable_by_the_bots_user_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var journal = new FileEventJournal(_folder);
        await journal.AppendAsync(["U0123456789abcdef0123456789abcdef"], CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Directory.EnumerateFiles(_folder).Single()));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
