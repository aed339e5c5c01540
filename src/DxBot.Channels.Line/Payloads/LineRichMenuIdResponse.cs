namespace DxBot.Channels.Line.Payloads;

/// <summary>LINE's answer to a created rich menu (messaging-api.yml RichMenuIdResponse).</summary>
public sealed record LineRichMenuIdResponse(string RichMenuId);
