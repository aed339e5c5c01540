using DxBot.Dialogs.Answers;

namespace DxBot.Dialogs.Tests.Answers;

public sealed class QuestionReportTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Unanswered_questions_are_grouped_by_normalised_text_per_city_most_asked_first()
    {
        var report = QuestionReport.Build(
        [
            Unanswered("handa", "ゴミの日は？", 0),
            Unanswered("handa", "ラーメン　屋", 1),
            Unanswered("handa", " ラーメン 屋 ", 2),
            Unanswered("handa", "ﾗｰﾒﾝ   屋", 3),
            Unanswered("tsushima", "ラーメン屋", 4),
        ]);

        Assert.Equal(("handa", "ラーメン 屋", 3), (report.Unanswered[0].CityId, report.Unanswered[0].Text, report.Unanswered[0].Count));
        Assert.Equal(T0.AddHours(3), report.Unanswered[0].LastSeen);
        Assert.Equal(3, report.Unanswered.Count);
    }

    [Fact]
    public void Feedback_is_counted_per_answer_most_disliked_first_with_the_question_behind_a_thumbs_down()
    {
        var report = QuestionReport.Build(
        [
            Feedback(QuestionKind.Helpful, "交付率", "交付率は？", 0),
            Feedback(QuestionKind.Helpful, "交付率", "交付率は？", 1),
            Feedback(QuestionKind.NotHelpful, "欠席連絡", "欠席の連絡はどうやるの", 2),
            Feedback(QuestionKind.Helpful, "欠席連絡", "欠席連絡は？", 3),
            Feedback(QuestionKind.NotHelpful, "交付率", "今の交付率は？", 4),
            Feedback(QuestionKind.NotHelpful, "欠席連絡", "保育園を休むとき", 5),
        ]);

        Assert.Equal(["欠席連絡", "交付率"], report.Feedback.Select(f => f.EntryTitle));
        Assert.Equal((1, 2, "保育園を休むとき"), (report.Feedback[0].Helpful, report.Feedback[0].NotHelpful, report.Feedback[0].SampleQuestion));
        Assert.Equal((2, 1), (report.Feedback[1].Helpful, report.Feedback[1].NotHelpful));
        Assert.Empty(report.Unanswered);
    }

    [Fact]
    public void A_city_selects_its_own_entries_only()
    {
        var report = QuestionReport.Build([Unanswered("handa", "A", 0), Unanswered("tsushima", "B", 0)], "tsushima");

        Assert.Equal("B", Assert.Single(report.Unanswered).Text);
    }

    [Theory]
    [InlineData("2026-11-30", true)]
    [InlineData("2026/11/30", true)]
    [InlineData("2026-13-01", false)]
    [InlineData("yesterday", false)]
    [InlineData("", false)]
    public void Since_is_a_day_in_japan(string text, bool valid)
    {
        Assert.Equal(valid, QuestionReport.TryParseSince(text, out var since));
        if (valid)
        {
            Assert.Equal(new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.Zero), since);
        }
    }

    private static QuestionRecord Unanswered(string city, string text, int hour) =>
        new(T0.AddHours(hour), city, "line", QuestionKind.Unanswered, text);

    private static QuestionRecord Feedback(QuestionKind kind, string title, string text, int hour) =>
        new(T0.AddHours(hour), "handa", "line", kind, text, title);
}
