using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Privacy;
using DxBot.Dialogs.State;
using DxBot.Dialogs.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DxBot.Dialogs.Tests.Privacy;

public sealed class PrivacyGuardTests
{
    // Each group of the number on its own: none may survive anywhere, in any of the forms it was sent in.
    private static readonly string[] NumberParts = ["3141", "5926", "5358", "314159265358"];

    [Theory]
    [InlineData("マイナンバー 3141 5926 5358 です。マイナンバーカードをなくしました")]
    [InlineData("マイナンバーは314-159-265-358です。マイナンバーカードをなくしました")]
    [InlineData("番号31\u200B41\u200B5926\u200B5358、マイナンバーカードをなくしました")]
    public async Task The_number_is_masked_the_resident_warned_first_and_the_rest_of_the_question_answered(string message)
    {
        using var folder = new TemporaryFolder();
        var storage = new FileStorage(System.IO.Path.Combine(folder.Path, "state"));
        var log = new FileQuestionLog(System.IO.Path.Combine(folder.Path, "questions"), 30, TimeProvider.System, NullLogger<FileQuestionLog>.Instance);
        var bot = new BotHarness(storage: storage, questions: log);

        var replies = await bot.SendAsync(message);
        // An unanswerable question with the same number: it must reach the question log masked.
        var unanswered = await bot.SendAsync("3141 5926 5358 の件で、ラーメン屋の営業時間を知りたい");

        Assert.True(replies.Count >= 2);
        Assert.Equal(PrivacyStrings.MyNumberWarning, replies[0].Text);
        Assert.Contains("0120-95-0178", BotHarness.Text(replies.Skip(1)));
        Assert.Equal(PrivacyStrings.MyNumberWarning, unanswered[0].Text);
        Assert.Equal(1, bot.BotCalled - 1);
        var recorded = Assert.Single(await bot.RecordedAsync());
        Assert.Contains("ラーメン屋", recorded.Text);

        var everything = new List<string>(replies.Concat(unanswered).Select(r => r.Text ?? ""));
        everything.AddRange(Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains(everything, t => t.Contains("lastQuestion", StringComparison.Ordinal));
        Assert.Contains(everything, t => t.Contains("ラーメン屋", StringComparison.Ordinal) && t.Contains("unanswered", StringComparison.Ordinal));
        foreach (var text in everything)
        {
            var digits = new string(text.Where(char.IsDigit).ToArray());
            Assert.DoesNotContain(NumberParts, part => text.Contains(part, StringComparison.Ordinal) || digits.Contains(NumberParts[3], StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("個人番号は3141 5926 5358です。ラーメン屋の営業時間を知りたい")]
    [InlineData("私のマイナンバーは314159265358なんですが、ラーメン屋の営業時間を知りたい")]
    public async Task The_words_handing_over_the_number_are_not_part_of_the_question_searched(string message)
    {
        var bot = new BotHarness();

        var replies = await bot.SendAsync(message);

        Assert.Equal(PrivacyStrings.MyNumberWarning, replies[0].Text);
        var recorded = Assert.Single(await bot.RecordedAsync());
        // Searched with 「個人番号は＊＊＊です」, the question was about the My Number and got a card answer.
        Assert.StartsWith("ラーメン屋", recorded.Text);
        Assert.DoesNotContain(PrivacyStrings.Redaction, recorded.Text);
    }

    [Theory]
    [InlineData("my number is 3141 5926 5358, I lost my My Number card", PrivacyStrings.MyNumberWarningEnglish)]
    [InlineData("My number: 314159265358", PrivacyStrings.MyNumberOnlyWarningEnglish)]
    public async Task A_message_in_English_is_warned_in_English(string message, string warning)
    {
        var bot = new BotHarness();

        var replies = await bot.SendAsync(message);

        Assert.Equal(warning, replies[0].Text);
        Assert.DoesNotContain("5358", BotHarness.Text(replies));
    }

    [Theory]
    [InlineData("123456789012")]
    [InlineData("私のマイナンバーは1234 5678 9012です。よろしくお願いします")]
    [InlineData("番号: 1234-5678-9012")]
    public async Task A_message_that_is_only_the_number_gets_the_warning_alone(string message)
    {
        var bot = new BotHarness();

        var replies = await bot.SendAsync(message);

        var reply = Assert.Single(replies);
        Assert.Equal(PrivacyStrings.MyNumberOnlyWarning, reply.Text);
        Assert.DoesNotContain("5678", reply.Text);
        Assert.Equal(0, bot.BotCalled);
        var stored = await bot.Storage.ReadAsync(["test/goshogawara/conversations/conv-1", "test/conversations/conv-1", $"test/users/{bot.UserId}"], CancellationToken.None);
        Assert.Empty(stored);
        Assert.Empty(await bot.RecordedAsync());
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
