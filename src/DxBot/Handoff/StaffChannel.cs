namespace DxBot.Handoff;

/// <summary>Where a city's staff read requests: a Teams channel, addressed through the Bot Connector.</summary>
public sealed record StaffChannel(string ServiceUrl, string ConversationId);
