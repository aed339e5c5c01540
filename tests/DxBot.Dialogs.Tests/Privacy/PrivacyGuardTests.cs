using DxBot.Dialogs.Privacy;
using DxBot.Dialogs.Tests.Support;

namespace DxBot.Dialogs.Tests.Privacy;

public sealed class PrivacyGuardTests
{
    [Fact]
    public async Task A_message_with_a_my_number_is_warned_about_and_never_echoed_stored_or_processed()
    {
        var bot = new BotHarness();

        var replies = await bot.SendAsync("私のマイナンバーは1234 5678 9012です。申請状況を教えてください");

        var reply = Assert.Single(replies);
        Assert.Equal(PrivacyStrings.MyNumberWarning, reply.Text);
        Assert.Contains("送らないでください", reply.Text);
        Assert.DoesNotContain("5678", reply.Text);
        Assert.Equal(0, bot.BotCalled);
        var stored = await bot.Storage.ReadAsync(["test/goshogawara/conversations/conv-1", "test/conversations/conv-1", $"test/users/{bot.UserId}"], CancellationToken.None);
        Assert.Empty(stored);
        Assert.Empty(await bot.RecordedAsync());

        // Control: an ordinary message is stored under the city's conversation key read above.
        await bot.SendAsync("オンラインでできる手続きを知りたい");
        Assert.Single(await bot.Storage.ReadAsync(["test/goshogawara/conversations/conv-1"], CancellationToken.None));
    }

    [Fact]
    public async Task The_conversation_continues_normally_after_the_warning()
    {
        var bot = new BotHarness();
        await bot.SendAsync("123456789012");

        var reply = await bot.AskAsync("マイナンバーカードをなくしました");

        Assert.Contains("0120-95-0178", reply);
    }
}
