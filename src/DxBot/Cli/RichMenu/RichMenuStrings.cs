using DxBot.Dialogs.Topics.Main;

namespace DxBot.Cli.RichMenu;

/// <summary>
/// The rich menu's words. A tap sends the item's text as the resident's message, so each text is one the dialogs
/// already route: the main menu's own choices, a support-session word, the hand-off request and the help word.
/// </summary>
public static class RichMenuStrings
{
    public const string ChatBarText = "メニュー";

    public const string Support = "スマホ教室";

    public const string AskStaff = "職員に聞く";

    public const string Help = "ヘルプ";

    public static IReadOnlyList<RichMenuItem> Items { get; } =
    [
        new(MainStrings.MenuCard, MainStrings.MenuCard, "申請・受け取り・暗証番号"),
        new(MainStrings.MenuOnline, MainStrings.MenuOnline, "おうちからできる手続き"),
        new(Support, Support, "日程・会場・予約"),
        new(AskStaff, AskStaff, "市の職員がお答えします"),
        new(Help, Help, "使い方・できること"),
    ];

    public static string Name(string cityId) => $"DxBot {cityId}";
}
