namespace DxBot.Channels.Line.Payloads;

/// <summary>A button that sends its text as the user's message (messaging-api.yml MessageAction).</summary>
public sealed record LineMessageAction(string Label, string Text) : LineAction(Label)
{
    public const int MaxTextLength = 300;
}
