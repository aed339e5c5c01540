namespace DxBot.Dialogs.Privacy;

/// <summary>What the bot says about personal numbers.</summary>
public static class PrivacyStrings
{
    /// <summary>What stands for a masked number in the text the dialogs, state and logs see.</summary>
    public const string Redaction = "＊＊＊";

    /// <summary>Sent first, before the answer to the rest of the message.</summary>
    public const string MyNumberWarning =
        "個人番号（マイナンバー）と思われる12桁の数字が含まれていたため、その数字は読み取らずに削除しました。" +
        "マイナンバーはチャットに送らないでください（入力もお控えください）。\n" +
        "数字を除いた内容でお答えします。申請状況など個人に関するお問い合わせは、市役所の担当窓口へお願いします。";

    /// <summary>Sent alone when nothing but the number (and words around it) was sent.</summary>
    public const string MyNumberOnlyWarning =
        "個人番号（マイナンバー）と思われる12桁の数字が含まれていたため、その数字は読み取らずに削除しました。" +
        "マイナンバーはチャットに送らないでください（入力もお控えください）。\n" +
        "番号を含めずに、ご質問をお送りください。申請状況など個人に関するお問い合わせは、市役所の担当窓口へお願いします。";
}
