using System.Text.Json;
using System.Text.Json.Nodes;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Engine;
using DxBot.Dialogs.State;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Tests.Engine;

/// <summary>
/// The conversation state read and written as UTF-8 (MemoryStorage, an <see cref="IUtf8DocumentStorage"/>) against
/// the <c>JsonObject</c> path every other storage takes: the same documents, each readable by the other.
/// </summary>
public sealed class Utf8StateTests
{
    [Fact]
    public async Task A_turn_saves_the_same_document_through_utf8_as_through_JsonObject()
    {
        var utf8 = new MemoryStorage();
        var nodes = new MemoryStorage();
        var stored = new JsonObject
        {
            ["ConversationData"] = new JsonObject { ["cityId"] = "handa", ["lastQuestion"] = "マイナンバーカードの\"暗証番号\"を忘れた" },
            ["Kept"] = new JsonObject { ["n"] = 3, ["text"] = "触らない値 👍" },
            ["Dropped"] = new JsonArray(1, 2),
        };
        foreach (var storage in new IStorage[] { utf8, nodes })
        {
            await storage.WriteAsync(new Dictionary<string, JsonObject> { [Key] = stored.DeepClone().AsObject() }, CancellationToken.None);
        }

        foreach (var storage in new IStorage[] { utf8, new JsonObjectOnly(nodes) })
        {
            var state = new ConversationState(storage);
            var turn = Turn();
            var data = await state.CreateProperty<ConversationData>("ConversationData").GetAsync(turn, () => new ConversationData(), CancellationToken.None);
            Assert.Equal("handa", data.CityId);
            data.LastAnswerTitle = "暗証番号の再設定";
            var dialogs = await state.CreateProperty<DialogState>("DialogState").GetAsync(turn, () => new DialogState(), CancellationToken.None);
            dialogs.DialogStack.Add(new DialogInstance { Id = "main" });
            await state.CreateProperty<JsonArray>("Dropped").DeleteAsync(turn, CancellationToken.None);
            await state.SaveChangesAsync(turn, CancellationToken.None);
        }

        var written = (await utf8.ReadAsync([Key], CancellationToken.None))[Key];
        var expected = (await nodes.ReadAsync([Key], CancellationToken.None))[Key];
        Assert.Equal(expected.ToJsonString(), written.ToJsonString());
        Assert.Equal("暗証番号の再設定", (string?)written["ConversationData"]!["lastAnswerTitle"]);
        Assert.Equal("触らない値 👍", (string?)written["Kept"]!["text"]);
        Assert.False(written.ContainsKey("Dropped"));
    }

    [Fact]
    public async Task What_one_path_saves_the_other_reads_on_the_next_turn()
    {
        var storage = new MemoryStorage();
        var viaNodes = new ConversationState(new JsonObjectOnly(storage));
        var viaUtf8 = new ConversationState(storage);

        var first = Turn();
        (await viaNodes.CreateProperty<ConversationData>("ConversationData").GetAsync(first, () => new ConversationData(), CancellationToken.None)).LastQuestion = "コンビニで住民票は取れますか";
        await viaNodes.SaveChangesAsync(first, CancellationToken.None);

        var second = Turn();
        var data = await viaUtf8.CreateProperty<ConversationData>("ConversationData").GetAsync(second, () => new ConversationData(), CancellationToken.None);
        Assert.Equal("コンビニで住民票は取れますか", data.LastQuestion);
        data.ContinueRest = ["残りの一文。", "もう一文。"];
        await viaUtf8.SaveChangesAsync(second, CancellationToken.None);

        var third = Turn();
        var again = await viaNodes.CreateProperty<ConversationData>("ConversationData").GetAsync(third, () => new ConversationData(), CancellationToken.None);
        Assert.Equal("コンビニで住民票は取れますか", again.LastQuestion);
        Assert.Equal(["残りの一文。", "もう一文。"], again.ContinueRest);
    }

    [Fact]
    public async Task A_property_that_no_longer_fits_its_type_starts_afresh_and_the_others_are_kept()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, JsonObject>
        {
            [Key] = new() { ["ConversationData"] = new JsonArray("not", "an", "object"), ["Kept"] = "そのまま" },
        }, CancellationToken.None);
        var state = new ConversationState(storage);

        var turn = Turn();
        var data = await state.CreateProperty<ConversationData>("ConversationData").GetAsync(turn, () => new ConversationData { CityId = "fresh" }, CancellationToken.None);
        await state.SaveChangesAsync(turn, CancellationToken.None);

        Assert.Equal("fresh", data.CityId);
        var saved = (await storage.ReadAsync([Key], CancellationToken.None))[Key];
        Assert.Equal("fresh", (string?)saved["ConversationData"]!["cityId"]);
        Assert.Equal("そのまま", (string?)saved["Kept"]);
    }

    [Fact]
    public async Task A_cleared_state_is_deleted_and_starts_empty()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, JsonObject> { [Key] = new() { ["Kept"] = 1 } }, CancellationToken.None);
        var state = new ConversationState(storage);

        var turn = Turn();
        await state.LoadAsync(turn, CancellationToken.None);
        await state.ClearStateAsync(turn, CancellationToken.None);
        Assert.Null(storage.ReadUtf8(Key));
        await state.SaveChangesAsync(turn, CancellationToken.None);

        Assert.Equal("{}", Text(storage.ReadUtf8(Key)));
    }

    private const string Key = "test/conversations/conv-1";

    private static string Text(byte[]? json) => System.Text.Encoding.UTF8.GetString(json ?? []);

    private static TurnContext Turn() => new(new CollectingAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount("conv-1"),
        From = new ChannelAccount("U-test"),
        Text = "x",
    });

    // A storage seen only through IStorage, as Redis and the files are: BotState takes the JsonObject path.
    private sealed class JsonObjectOnly(IStorage inner) : IStorage
    {
        public Task<IReadOnlyDictionary<string, JsonObject>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IReadOnlyDictionary<string, JsonObject> changes, CancellationToken cancellationToken) => inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
    }
}
