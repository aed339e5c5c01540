namespace DxBot.Dialogs.Topics.Feedback;

/// <summary>The 👍/👎 buttons offered after an answer, and what the bot says when one is tapped.</summary>
public static class FeedbackStrings
{
    public const string Helpful = "👍 役に立った";
    public const string NotHelpful = "👎 役に立たなかった";

    public static readonly string[] Choices = [Helpful, NotHelpful];

    // LINE shows at most 13 quick replies and drops the rest: the feedback buttons must survive that cut.
    private const int MaxQuickReplies = 13;

    /// <summary>An answer's own suggestions followed by the feedback buttons, within LINE's limit.</summary>
    public static IEnumerable<string> After(IEnumerable<string> choices) =>
        choices.Where(c => !Choices.Contains(c)).Take(MaxQuickReplies - Choices.Length).Concat(Choices);

    /// <summary>True for 👍, false for 👎, null for anything else. The words alone count too, as a resident may type them.</summary>
    public static bool? Parse(string? text) => text?.Trim() switch
    {
        Helpful or "役に立った" => true,
        NotHelpful or "役に立たなかった" => false,
        _ => null,
    };

    public const string ThanksHelpful =
        "ご意見ありがとうございます。お役に立てたようで何よりです。ほかにもご質問があれば、いつでもお送りください。";

    public static string ThanksNotHelpful(string office) =>
        "ご意見ありがとうございます。お役に立てず申し訳ありません。いただいたご意見は、回答の改善に役立てます。\n" +
        $"お急ぎの場合は、{office}にお問い合わせください。";

    public const string AnyOffice = "お住まいの市役所の担当窓口";

    public const string NothingToRate =
        "ご意見ありがとうございます。ご質問をお送りいただければ、お答えします。";
}
