namespace DxBot.Protocol.Schema;

/// <summary>Builds outgoing message activities, as Bot Builder's MessageFactory does.</summary>
public static class MessageFactory
{
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    public static Activity SuggestedActions(IEnumerable<string> choices, string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        SuggestedActions = new SuggestedActions(choices.Select(c => CardAction.ImBack(c)).ToList()),
    };

    public static Activity Attachment(Attachment attachment, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = [attachment],
    };
}
