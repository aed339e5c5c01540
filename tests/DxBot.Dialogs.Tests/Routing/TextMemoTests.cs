using DxBot.Dialogs.Routing;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Routing;

/// <summary>
/// Readings of a message kept for the messages of the moment: a kept reading is the one reading it again gives, the
/// memory they take is bounded, a long text is never kept, and routing a message again gives the same route.
/// </summary>
public sealed class TextMemoTests
{
    [Fact]
    public void A_text_read_again_is_not_read_anew()
    {
        var memo = new TextMemo<string, string>(16);
        var reads = 0;

        var first = memo.Get("住民票はどこで取れる？", 11, 0, (text, _) => { reads++; return text + "!"; });
        var second = memo.Get("住民票はどこで取れる？", 11, 0, (text, _) => { reads++; return text + "?"; });

        Assert.Equal("住民票はどこで取れる？!", first);
        Assert.Same(first, second);
        Assert.Equal(1, reads);
    }

    [Fact]
    public void Past_its_capacity_it_is_emptied_and_reads_again()
    {
        var memo = new TextMemo<string, int>(4);
        var reads = 0;
        int Read(string text, int _)
        {
            reads++;
            return text.Length;
        }

        for (var i = 0; i < 5; i++)
        {
            memo.Get($"質問{i}", 3, 0, Read);
        }

        // The fifth text emptied the memo and was kept alone: the first is read again, the fifth is not.
        memo.Get("質問0", 3, 0, Read);
        memo.Get("質問4", 3, 0, Read);
        Assert.Equal(6, reads);
    }

    [Fact]
    public void A_long_text_is_read_every_time()
    {
        var memo = new TextMemo<string, int>(16);
        var text = new string('あ', TextMemo<string, int>.MaxKeptLength + 1);
        var reads = 0;

        memo.Get(text, text.Length, 0, (t, _) => ++reads);
        memo.Get(text, text.Length, 0, (t, _) => ++reads);

        Assert.Equal(2, reads);
    }

    [Fact]
    public void A_message_routed_again_gets_the_same_route()
    {
        var knowledge = new KnowledgeBase();
        foreach (var (text, previous) in new[] { ("マイナンバーカードの更新はどこで", null), ("ありがとう", "Knowledge"), ("help", null), ("ありがとう", null) })
        {
            var first = TopicRouter.Route(text, knowledge, previous);
            Assert.Equal(first, TopicRouter.Route(text, knowledge, previous));
        }

        Assert.NotEqual(TopicRouter.Route("ありがとう", knowledge, "Knowledge"), TopicRouter.Route("help", knowledge, null));
    }
}
