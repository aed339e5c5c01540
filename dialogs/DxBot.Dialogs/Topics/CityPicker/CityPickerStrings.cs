namespace DxBot.Dialogs.Topics.CityPicker;

/// <summary>What the bot says when it asks for the city.</summary>
public static class CityPickerStrings
{
    public const string Ask = "どちらの市についてのご質問ですか。下のボタンから市をお選びください。";

    public const string Retry = "対応している市の中からお選びください（例: 半田市）。";

    public static string Chosen(string cityName) => $"{cityName}についてお答えします。";
}
