namespace DxBot.Dialogs.Topics.Handoff;

/// <summary>What the bot says to a resident about asking a person, and the words that start it.</summary>
public static class HandoffStrings
{
    public const string Ask = "職員に聞く";

    public const string Agree = "同意して送る";

    public const string Refuse = "送らない";

    public static readonly string[] ConsentChoices = [Agree, Refuse];

    /// <summary>True for the quick reply or the same words typed.</summary>
    public static bool IsAsk(string? text) => text?.Trim().TrimEnd('。', '!', '！') is Ask or "職員に質問" or "職員に質問する" or "職員に聞きたい";

    /// <summary>After a fallback: the usual menu and, where staff can answer, the offer.</summary>
    public static IEnumerable<string> AfterFallback(IEnumerable<string> choices, bool available) =>
        available ? choices.Append(Ask) : choices;

    public const string AskQuestion =
        "職員にお聞きになりたいことを、1つのメッセージで入力してください。";

    /// <summary>
    /// The consent statement: what is sent, to whom, how long it is kept, and how the answer comes. Nothing is stored
    /// or sent before the resident agrees to exactly this.
    /// </summary>
    public static string Consent(string cityName, string question, int retentionDays) =>
        $"次のご質問を{cityName}の職員に送ってよろしいですか。\n" +
        $"「{question}」\n" +
        $"・送る内容：このご質問の文だけです（12桁の数字は伏せて送ります）。お名前やLINEのアカウント情報は職員に見えません。\n" +
        $"・送り先：{cityName}の担当職員\n" +
        $"・保存期間：{retentionDays}日間保存し、その後削除します。\n" +
        "・回答は、このLINEにメッセージでお届けします。\n" +
        $"よろしければ「{Agree}」を、送らない場合は「{Refuse}」を選んでください。";

    public const string Sent =
        "ご質問を職員に送りました。回答は、このLINEにメッセージでお届けします。お時間をいただく場合がありますので、ご了承ください。";

    public const string NotSent =
        "ご質問は送っていません。ご質問の内容も保存していません。ほかにもご質問があれば、いつでもお送りください。";

    public static string NotAvailable(string office) =>
        $"申し訳ありません。こちらでは職員へのお問い合わせを受け付けていません。{office}にお問い合わせください。";

    public static string Failed(string office) =>
        $"申し訳ありません。ただいまご質問を送れませんでした。お手数ですが、時間をおいてもう一度お試しいただくか、{office}にお問い合わせください。";

    /// <summary>The staff answer pushed to the resident: the department, never a person's name.</summary>
    public static string Answer(string department, string question, string answer) =>
        $"{department}からの回答です。\n" +
        $"ご質問：「{question}」\n\n" +
        answer;

    public static string Declined(string question, string office) =>
        $"お問い合わせいただいた「{question}」について、申し訳ありませんが、このLINEではお答えできないことになりました。" +
        $"お手数ですが、{office}にお問い合わせください。";

    public static string Expired(string question, string office) =>
        $"お問い合わせいただいた「{question}」について、申し訳ありませんが、期限内に回答をお届けできませんでした。" +
        $"お手数ですが、{office}にお問い合わせください。";
}
