namespace DxBot.Hosting;

/// <summary>What a resident reads while the bot starts.</summary>
public static class StartupTexts
{
    public const string Preparing = "ただいま準備中です。しばらくしてからもう一度お送りください。";
}
