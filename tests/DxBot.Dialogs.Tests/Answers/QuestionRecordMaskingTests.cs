using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DxBot.Dialogs.Tests.Answers;

public sealed class QuestionRecordMaskingTests
{
    [Theory]
    [InlineData("番号は123456789012です")]
    [InlineData("番号は1234 5678 9012です")]
    [InlineData("番号は1234-5678-9012です")]
    [InlineData("番号は１２３４－５６７８－９０１２です")]
    [InlineData("番号は1234ー5678 - 9012です")]
    public void Twelve_digits_are_masked_however_they_are_written(string text)
    {
        var record = new QuestionRecord(DateTimeOffset.UnixEpoch, "handa", "line", QuestionKind.Unanswered, text);

        Assert.Equal("番号は[個人番号]です", record.Text);
        Assert.Equal("番号は[個人番号]です", (record with { Text = text }).Text);
    }

    [Fact]
    public void Other_numbers_are_kept()
    {
        var record = new QuestionRecord(DateTimeOffset.UnixEpoch, "handa", "line", QuestionKind.Unanswered, "電話 0569-00-0000 は何時まで？ 令和7年度");

        Assert.Equal("電話 0569-00-0000 は何時まで？ 令和7年度", record.Text);
    }

    [Fact]
    public async Task A_my_number_never_reaches_the_file_even_past_the_privacy_guard()
    {
        using var folder = new TemporaryFolder();
        var log = new FileQuestionLog(folder.Path, 90, TimeProvider.System, NullLogger<FileQuestionLog>.Instance);

        await log.RecordAsync(new QuestionRecord(DateTimeOffset.UtcNow, "handa", "line", QuestionKind.NotHelpful, "1234 5678-9012 の申請状況", "申請"), CancellationToken.None);

        var content = string.Concat(Directory.GetFiles(folder.Path).Select(File.ReadAllText));
        Assert.Contains("[個人番号]", content);
        Assert.DoesNotContain("5678", content);
        Assert.DoesNotContain("9012", content);
    }
}
