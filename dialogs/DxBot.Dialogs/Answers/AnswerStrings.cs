namespace DxBot.Dialogs.Answers;

/// <summary>The wording shared by every answer: notes on targets and on what the plans do not say.</summary>
public static class AnswerStrings
{
    public const string More = "詳しく";

    /// <summary>The opening of every "I don't know" reply; the eval recognises a fallback by it.</summary>
    public const string NotFoundOpening = "申し訳ありません。そのご質問にお答えできる情報が見つかりませんでした。";

    /// <summary>Words a resident uses to ask for the rest of the last answer.</summary>
    public static readonly string[] MoreWords = ["詳しく", "くわしく", "もっと詳しく", "もっとくわしく", "続き", "つづき", "続きを見る", "詳細", "もっと"];

    public static string PassedTarget(string fiscalYear, string office) =>
        $"※これは{fiscalYear}までの目標として計画に書かれたもので、達成状況ではありません。現在の状況は{office}でご確認ください。";

    public static string NotStated(string subject, string aspect, string office) =>
        $"{subject}の{aspect}は、計画やこのボットの情報には書かれていません。お手数ですが、{office}にお問い合わせください。";

    public static string NotStatedWithoutSubject(string aspect, string office) =>
        $"その{aspect}は、計画やこのボットの情報には書かれていません。お手数ですが、{office}にお問い合わせください。";

    public const string NothingMore = "この回答の続きはありません。ほかにご質問があれば、お送りください。";
}
