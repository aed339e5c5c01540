namespace DxBot.Search.Tests;

public sealed class IndexGenerationStoreTests
{
    [Fact]
    public void AnEmptyRootStartsAtGenerationOne()
    {
        using var root = new TemporaryFolder();
        var store = new IndexGenerationStore(Path.Combine(root.Path, "not-yet-created"));

        Assert.Null(store.ReadCurrent());
        Assert.Empty(store.List());
        Assert.Equal(1, store.Next());
    }

    [Fact]
    public void NextIsAboveEveryFolderAndTheCurrentFile()
    {
        using var root = new TemporaryFolder();
        var store = new IndexGenerationStore(root.Path);
        Directory.CreateDirectory(store.PathOf(3));
        Directory.CreateDirectory(Path.Combine(root.Path, "gen-garbage"));
        Directory.CreateDirectory(Path.Combine(root.Path, "other"));
        store.Publish(12);

        Assert.Equal([3], store.List());
        Assert.Equal(12, store.ReadCurrent());
        Assert.Equal(13, store.Next());
        Assert.Equal(20, store.Next(atLeast: 20));
    }

    [Fact]
    public void PublishReplacesTheCurrentFileWhole()
    {
        using var root = new TemporaryFolder();
        var store = new IndexGenerationStore(root.Path);

        store.Publish(1);
        store.Publish(123_456_789);

        Assert.Equal("gen-123456789\n", File.ReadAllText(Path.Combine(root.Path, IndexGenerationStore.CurrentFileName)));
        Assert.Equal(123_456_789, store.ReadCurrent());
        Assert.Equal(["current"], Directory.GetFiles(root.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void DeleteAllExceptKeepsTheGivenGenerations()
    {
        using var root = new TemporaryFolder();
        var store = new IndexGenerationStore(root.Path);
        foreach (var generation in new long[] { 1, 2, 3, 4 })
        {
            Directory.CreateDirectory(store.PathOf(generation));
            File.WriteAllText(Path.Combine(store.PathOf(generation), "segments_1"), "x");
        }

        store.DeleteAllExcept([2, 4]);

        Assert.Equal([2, 4], store.List());
    }

    [Fact]
    public void ACurrentDirectoryIsReportedAndReplacedByThePublish()
    {
        using var root = new TemporaryFolder();
        var store = new IndexGenerationStore(root.Path);
        var pointer = Path.Combine(root.Path, IndexGenerationStore.CurrentFileName);
        Directory.CreateDirectory(pointer);

        Assert.Equal(new CurrentPointer(null, "`current` is a directory, not a file"), store.ReadCurrentPointer());

        store.Publish(4);

        Assert.Equal(new CurrentPointer(4, null), store.ReadCurrentPointer());
        Assert.True(File.Exists(pointer));
    }

    [Fact]
    public void ACurrentFileWithGarbageIsReported()
    {
        using var root = new TemporaryFolder();
        var store = new IndexGenerationStore(root.Path);
        File.WriteAllText(Path.Combine(root.Path, IndexGenerationStore.CurrentFileName), "gen-x\n");

        Assert.Equal(new CurrentPointer(null, "`current` does not name a generation"), store.ReadCurrentPointer());
        Assert.Null(store.ReadCurrent());
    }
}
