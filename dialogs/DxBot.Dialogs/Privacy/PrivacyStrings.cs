namespace DxBot.Dialogs.Privacy;

/// <summary>What the bot says about personal numbers.</summary>
public static class PrivacyStrings
{
    public const string MyNumberWarning =
        "個人番号（マイナンバー）と思われる12桁の数字が含まれていたため、このメッセージは読み取らずに破棄しました。" +
        "マイナンバーはチャットに送らないでください（入力もお控えください）。\n" +
        "番号を含めずに、もう一度ご質問ください。申請状況など個人に関するお問い合わせは、市役所の担当窓口へお願いします。";
}
