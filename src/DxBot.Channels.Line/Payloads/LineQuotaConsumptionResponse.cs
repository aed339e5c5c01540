namespace DxBot.Channels.Line.Payloads;

/// <summary>Messages sent this month (messaging-api.yml QuotaConsumptionResponse).</summary>
public sealed record LineQuotaConsumptionResponse(long TotalUsage);
