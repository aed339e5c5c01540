namespace DxBot.Dialogs.Topics.Main;

/// <summary>What the main dialog says: greetings and the menu.</summary>
public static class MainStrings
{
    public const string MenuCard = "マイナンバーカード";
    public const string MenuOnline = "オンライン手続き";
    public const string MenuSupport = "スマホ教室・相談会";
    public const string MenuPlan = "DX計画の目標";
    public const string MenuChangeCity = "市を変更";

    public static readonly string[] MenuChoices = [MenuCard, MenuOnline, MenuSupport, MenuPlan];

    public static string Welcome(string? cityName) =>
        (cityName is null ? "こんにちは。DxBotです。" : $"こんにちは。{cityName}のDxBotです。") +
        "市のデジタル化（DX）について、次のようなご質問にお答えします。\n" +
        "・手続きがオンラインでできるか\n・マイナンバーカードの申請・受け取り・暗証番号・紛失\n・スマホ教室や相談会\n・DX推進計画の目標や取組\n" +
        "下のボタンを選ぶか、質問を入力してください。";

    public static string BoundCityOnly(string cityName) =>
        $"このアカウントでは{cityName}についてお答えしています。ほかの市については、その市の窓口でお尋ねください。";

    public static string Acknowledged(bool thanks) =>
        (thanks ? "どういたしまして。" : "") + "ほかにもご質問があれば、いつでもお送りください。";

    public static string CityChosen(string cityName) =>
        $"{cityName}についてお答えします。ご質問をどうぞ。";

    /// <summary>When no dialog could take a message (it was handed back and forth): never leave a resident unanswered.</summary>
    public const string NotUnderstood = "申し訳ありません。うまくお答えできませんでした。別の言葉でもう一度お送りいただくか、下のメニューからお選びください。";

    public const string TurnError = "申し訳ありません。処理中に問題が発生しました。お手数ですが、もう一度お送りください。";
}
