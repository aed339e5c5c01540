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

    /// <summary>The warning for a message written in English, sent before the answer to the rest.</summary>
    public const string MyNumberWarningEnglish =
        "Your message seemed to contain a 12-digit My Number (個人番号), so the number was deleted and not read. " +
        "Please do not send your My Number in this chat. Here is the answer to the rest of your message; " +
        "for questions about your own application, please ask the city office.";

    /// <summary>The warning for an English message that held nothing but the number.</summary>
    public const string MyNumberOnlyWarningEnglish =
        "Your message seemed to contain a 12-digit My Number (個人番号), so the number was deleted and not read. " +
        "Please do not send your My Number in this chat; send your question without it. " +
        "For questions about your own application, please ask the city office.";
}
