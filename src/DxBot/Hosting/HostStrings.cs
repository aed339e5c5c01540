namespace DxBot.Hosting;

/// <summary>What the host itself (not a dialog) says to users.</summary>
internal static class HostStrings
{
    public const string TooManyMessages = "ただいまメッセージを続けて受け付けられません。少し時間をおいてから、もう一度お送りください。";
}
