namespace DxBot.Channels.Line;

/// <summary>The outcome of creating a rich menu: the call's result and, when it was created, its id.</summary>
public sealed record LineRichMenuResult(LineSendResult Result, string? RichMenuId);
