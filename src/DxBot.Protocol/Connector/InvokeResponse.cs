namespace DxBot.Protocol.Connector;

/// <summary>
/// The synchronous answer to an <c>invoke</c> activity: the bot sends it as an activity of type
/// <c>invokeResponse</c> whose value is this record, and the adapter writes it as the HTTP response.
/// </summary>
public sealed record InvokeResponse(int Status, object? Body = null);
