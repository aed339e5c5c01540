using DxBot.Dialogs.Answers;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Topics.SupportSessions;

/// <summary>What the support-sessions dialog says.</summary>
public static class SupportSessionsStrings
{
    public static string Heading(string cityName) => $"【{cityName}のデジタル活用支援（スマホ教室・相談会など）】";

    public const string UpcomingHeading = "■今後の開催予定";

    public static string NoDates(string office) =>
        $"具体的な日程・会場はこちらではまだご案内できません。{office}にお問い合わせいただくか、市の広報・ホームページをご確認ください。";

    /// <summary>
    /// The answer to 「次はいつ？どこで？」 when no date is known: said first, as any "I don't know" is, before what the plan
    /// provides.
    /// </summary>
    public static string NoDatesAsked(string cityName, string aspect, string office) =>
        $"{AnswerStrings.NotFoundOpening}\n" + AnswerStrings.NotStated($"{cityName}のスマホ教室・相談会", aspect, office) +
        "市の広報・ホームページにも案内が載ることがあります。";

    public const string DateAndPlace = "日時・会場";
    public const string Date = "日時";
    public const string Place = "会場";

    public static string PlanHeading(string cityName) => $"【計画にある{cityName}のデジタル活用支援】";

    public static string NoPrograms(string cityName, string office) =>
        $"{cityName}のDX推進計画には、スマホ教室や相談会についての具体的な記載が見つかりませんでした。{office}にお問い合わせください。";

    public static string Program(SupportProgram program, string description) =>
        $"・{program.Title}（{program.Kind}）: {description}" + (program.Target is { Length: > 0 } target ? $"（目標: {target}）" : "");

    public static string Session(SupportSession session) =>
        $"・{session.Date:M月d日}" + (session.Time is { } time ? $" {time}" : "") + $" {session.Program}／{session.Venue}" +
        (session.Note is { } note ? $"（{note}）" : "") + (session.Contact is { } contact ? $" 問い合わせ: {contact}" : "");

    public static readonly string[] NextChoices = ["マイナンバーカード", "オンライン手続き", "DX計画の目標"];
}
