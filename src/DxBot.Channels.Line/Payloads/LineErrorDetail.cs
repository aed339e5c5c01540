namespace DxBot.Channels.Line.Payloads;

/// <summary>Which property of a request LINE refused, and why (messaging-api.yml ErrorDetail).</summary>
public sealed record LineErrorDetail(string? Message, string? Property);
