namespace DxBot.Channels.Line;

/// <summary>What the channel does with a webhook event.</summary>
public enum LineEventDisposition
{
    /// <summary>Nothing is sent (unfollow, unsend, join, leave, member changes, standby, unknown types).</summary>
    Ignore,

    /// <summary>The bot runs a turn (text message, postback, follow).</summary>
    RunBot,

    /// <summary>A polite notice that only text is understood (sticker, image, video, audio, location, file).</summary>
    TextOnlyNotice,
}
