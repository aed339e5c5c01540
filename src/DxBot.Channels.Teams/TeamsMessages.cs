namespace DxBot.Channels.Teams;

/// <summary>What the channel itself says to staff (everything else comes from the bot).</summary>
internal static class TeamsMessages
{
    public const string TurnError = "申し訳ございません。処理中にエラーが発生しました。しばらくしてから、もう一度お試しください。";
}
