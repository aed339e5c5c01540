namespace DxBot.Dialogs.Answers;

/// <summary>The words of answer cards that the answer's text does not already hold: badges and link buttons.</summary>
public static class AnswerCardStrings
{
    public const string BadgeOnline = "オンライン可";

    public const string BadgePlanned = "予定";

    public const string BadgeCounterOnly = "窓口のみ";

    public const string PittariButton = "ぴったりサービスを開く";

    public static string CityOnlineButton(string department) => $"{department}のページ";
}
