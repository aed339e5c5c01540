namespace DxBot.Protocol.Schema;

/// <summary>The id a channel gives a sent activity.</summary>
public sealed record ResourceResponse(string? Id);
