namespace DxBot.Channels.Line.Payloads;

/// <summary>The body of a LINE error (messaging-api.yml ErrorResponse).</summary>
public sealed record LineErrorResponse(string? Message, IReadOnlyList<LineErrorDetail>? Details);
