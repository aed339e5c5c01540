namespace DxBot.Channels.Line.Payloads;

/// <summary>The data of a postback action the user tapped (webhook.yml PostbackContent).</summary>
public sealed record LinePostbackContent(string Data)
{
    public override string ToString() => "LinePostbackContent { }";
}
