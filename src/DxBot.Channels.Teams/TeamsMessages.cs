namespace DxBot.Channels.Teams;

/// <summary>What the channel itself says to staff (everything else comes from the bot).</summary>
internal static class TeamsMessages
{
    /// <summary>The last line of a card that was too long for Teams.</summary>
    public static string CardTruncated(int more) => $"（長いため、ほか{more}行は省略しました。）";

    public const string TurnError = "申し訳ございません。処理中にエラーが発生しました。しばらくしてから、もう一度お試しください。";
}
