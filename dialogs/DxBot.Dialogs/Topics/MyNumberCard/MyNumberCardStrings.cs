namespace DxBot.Dialogs.Topics.MyNumberCard;

/// <summary>What the My Number card dialog says, and the topics it offers.</summary>
public static class MyNumberCardStrings
{
    public const string AskTopic = "マイナンバーカードの何についてお知りになりたいですか。下のボタンからお選びください。";

    /// <summary>Menu label → the 分類 of the knowledge it shows, with words that also select it.</summary>
    public static readonly (string Label, string Topic, string[] Synonyms)[] Topics =
    [
        ("申請のしかた", "申請", ["申請", "作り方", "作りたい"]),
        ("受け取り", "受取", ["受取", "受け取り", "交付"]),
        ("暗証番号", "暗証番号", ["パスワード", "ロック", "忘れた"]),
        ("更新・有効期限", "更新", ["更新", "有効期限", "期限"]),
        ("紛失・盗難", "紛失", ["紛失", "なくした", "無くした", "盗難", "落とした"]),
        ("使いみち", "使いみち", ["使い道", "何ができる", "保険証", "コンビニ"]),
    ];

    public static string CityHeading(string cityName) => $"{cityName}の取組";

    /// <summary>What a topic is about, named in a reply saying what the guides and the plan do not state.</summary>
    public static string Subject(string topicLabel) => $"「マイナンバーカードの{topicLabel}」";

    public static string NoGuide(string topicLabel) =>
        $"マイナンバーカードの「{topicLabel}」についての案内が見つかりませんでした。お住まいの市区町村の窓口にお問い合わせください。";
}
