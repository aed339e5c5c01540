using DxBot.Protocol.Storage;
using DxBot.Tests.Shared;

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
    public async Task Once_every_entry_in_a_file_is_answered_nothing_of_them_is_left_on_disk()
    {
        using (var first = new FileEventJournal(_folder))
        {
            await first.AppendAsync(["left by the run before"], CancellationToken.None);
        }

        using var next = new FileEventJournal(_folder);
        var receipts = await next.AppendAsync(["first question", "second question"], CancellationToken.None);
        var recovered = await next.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None);
        await next.CompleteAsync(recovered.Single().Receipt, CancellationToken.None);
        await next.CompleteAsync(receipts[0], CancellationToken.None);
        await EventuallyAsync(next, () => LockedFile.NoneHolds(_folder, ["left by the run before"]));

        // The second question is not answered yet: it is still on the disk.
        Assert.False(LockedFile.NoneHolds(_folder, ["second question"]));

        await next.CompleteAsync(receipts[1], CancellationToken.None);
        await EventuallyAsync(next, () => LockedFile.NoneHolds(_folder, ["first question", "second question"]));
        Assert.InRange(Directory.EnumerateFiles(_folder).Count(), 1, 1 + FileEventJournal.MaxSpares);
    }

    [Fact]
    public async Task An_append_is_kept_before_its_sync_and_a_kill_then_loses_nothing()
    {
        using var holding = new ManualResetEventSlim(false);
        var killed = _folder + "-killed";
        var journal = new FileEventJournal(_folder, beforeSync: () => holding.Wait(TimeSpan.FromMinutes(2)));
        try
        {
            // The disk holds the sync: the entry is kept (a turn may start) and not yet durable (LINE waits for its 200).
            var append = journal.Append(["asked while the disk was slow"], CancellationToken.None);
            Assert.Single(await append.Kept.WaitAsync(TimeSpan.FromMinutes(2)));
            Assert.False(append.Durable.IsCompleted);

            // What a kill leaves for the next run: the files as the kernel has them now (the lock dies with the process).
            Directory.CreateDirectory(killed);
            foreach (var file in Directory.EnumerateFiles(_folder))
            {
                await File.WriteAllBytesAsync(Path.Combine(killed, Path.GetFileName(file)), LockedFile.ReadAllBytes(file));
            }

            using (var next = new FileEventJournal(killed))
            {
                Assert.Equal(["asked while the disk was slow"], (await next.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None)).Select(e => e.Payload));
            }

            holding.Set();
            await append.Durable.WaitAsync(TimeSpan.FromMinutes(2));
        }
        finally
        {
            holding.Set();
            journal.Dispose();
            if (Directory.Exists(killed))
            {
                Directory.Delete(killed, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Segments_are_made_whole_ahead_written_in_place_and_reused()
    {
        using var journal = new FileEventJournal(_folder);
        HashSet<string> made = [];
        for (var round = 0; round < 30; round++)
        {
            var receipts = await journal.AppendAsync([$"question {round}"], CancellationToken.None);
            await journal.CompleteAsync(receipts[0], CancellationToken.None);
            await journal.WrittenAsync().WaitAsync(TimeSpan.FromMinutes(2));
            if (round == 10)
            {
                made = [.. Directory.EnumerateFiles(_folder)];
            }
        }

        // No file was made after the first rounds and none changed its size: every append wrote into blocks made ahead.
        Assert.Equal(made, Directory.EnumerateFiles(_folder).ToHashSet());
        Assert.InRange(made.Count, 1, 1 + FileEventJournal.MaxSpares);
        Assert.All(made, file => Assert.Equal(FileEventJournal.SegmentBytes, new FileInfo(file).Length));
    }

    [Fact]
    public async Task A_completion_of_an_entry_from_before_a_wipe_does_not_complete_the_files_next_entries()
    {
        JournalReceipt? reused = null;
        using (var first = new FileEventJournal(_folder))
        {
            var stale = (await first.AppendAsync(["answered"], CancellationToken.None))[0];
            await first.CompleteAsync(stale, CancellationToken.None);

            // Until the file of the answered entry is wiped and written again; the wipe runs on the journal's own thread,
            // so a busy machine may take many rounds (each round waits a little for it).
            for (var i = 0; i < 1000 && reused is null; i++)
            {
                if (i > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(5));
                }

                await first.WrittenAsync().WaitAsync(TimeSpan.FromMinutes(2));
                var receipt = (await first.AppendAsync([$"later {i}"], CancellationToken.None))[0];
                if (SegmentOf(receipt) == SegmentOf(stale))
                {
                    reused = receipt;
                    continue;
                }

                await first.CompleteAsync(receipt, CancellationToken.None);
            }

            Assert.NotNull(reused);

            // The answered entry's receipt again (a worker completing twice): the file's new entry stays outstanding.
            await first.CompleteAsync(stale, CancellationToken.None);
            await first.WrittenAsync().WaitAsync(TimeSpan.FromMinutes(2));
        }

        using var next = new FileEventJournal(_folder);
        var recovered = await next.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None);
        Assert.Equal([reused!.Id], recovered.Select(e => e.Receipt.Id));
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

        // The segment holding the entries; a spare made ahead may lie beside it.
        var file = Directory.EnumerateFiles(_folder).Single(f => File.ReadAllText(f).Contains("also whole", StringComparison.Ordinal));
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
    public async Task A_completion_with_no_append_after_it_still_reaches_the_file_by_itself()
    {
        // Completions no longer wake the writer (they ride with the next appends' write); with no append after them
        // they must still reach the file, or a kill long after the answer would answer the event again.
        using (var first = new FileEventJournal(_folder))
        {
            await first.AppendAsync(["left by the run before", "also left"], CancellationToken.None);
        }

        using var journal = new FileEventJournal(_folder);
        var recovered = await journal.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None);
        var receipts = await journal.AppendAsync(["answered", "not answered yet"], CancellationToken.None);
        await journal.CompleteAsync(recovered[0].Receipt, CancellationToken.None);
        await journal.CompleteAsync(receipts[0], CancellationToken.None);

        // No WrittenAsync, no Dispose: what a kill would leave, looked at until the completions are in it.
        var killed = _folder + "-killed";
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                if (Directory.Exists(killed))
                {
                    Directory.Delete(killed, recursive: true);
                }

                Directory.CreateDirectory(killed);
                foreach (var file in Directory.EnumerateFiles(_folder))
                {
                    await File.WriteAllBytesAsync(Path.Combine(killed, Path.GetFileName(file)), LockedFile.ReadAllBytes(file));
                }

                using var next = new FileEventJournal(killed);
                var left = (await next.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None)).Select(e => e.Payload).Order(StringComparer.Ordinal).ToList();
                if (left.SequenceEqual(["also left", "not answered yet"]))
                {
                    break;
                }

                Assert.True(DateTime.UtcNow < deadline, "the completions did not reach the file within 2 minutes: " + string.Join(", ", left));
                await Task.Delay(20);
            }
        }
        finally
        {
            if (Directory.Exists(killed))
            {
                Directory.Delete(killed, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Answers_coming_in_while_questions_keep_arriving_leave_nothing_unanswered_and_lose_nothing()
    {
        // Appends and completions interleaved from many callers, as under LINE load: every append is kept and durable,
        // and once all are complete a later run finds nothing to answer again.
        using (var journal = new FileEventJournal(_folder))
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(caller => Task.Run(async () =>
            {
                for (var i = 0; i < 200; i++)
                {
                    var append = journal.Append([$"question {caller}-{i}"], CancellationToken.None);
                    var receipts = await append.Kept.WaitAsync(TimeSpan.FromMinutes(2));
                    await append.Durable.WaitAsync(TimeSpan.FromMinutes(2));
                    await journal.CompleteAsync(receipts[0], CancellationToken.None);
                }
            })));
            await journal.WrittenAsync().WaitAsync(TimeSpan.FromMinutes(2));
        }

        using var next = new FileEventJournal(_folder);
        Assert.Empty(await next.ClaimAbandonedAsync(TimeSpan.Zero, CancellationToken.None));
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

        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_folder));
    }

    private static string SegmentOf(JournalReceipt receipt) => receipt.Id[..receipt.Id.LastIndexOf(':')];

    private static async Task EventuallyAsync(FileEventJournal journal, Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "not within 2 minutes");
            await journal.WrittenAsync().WaitAsync(TimeSpan.FromMinutes(2));
            await Task.Delay(10);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
