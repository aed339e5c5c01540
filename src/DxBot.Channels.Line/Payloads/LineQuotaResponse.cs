namespace DxBot.Channels.Line.Payloads;

/// <summary>The account's monthly message limit (messaging-api.yml MessageQuotaResponse): type none or limited.</summary>
public sealed record LineQuotaResponse(string Type, long? Value);
