namespace DxBot.Protocol.Schema;

/// <summary>Activity type names of the Bot Framework Activity schema.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
    public const string Event = "event";
    public const string MessageReaction = "messageReaction";
    public const string InstallationUpdate = "installationUpdate";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
}
