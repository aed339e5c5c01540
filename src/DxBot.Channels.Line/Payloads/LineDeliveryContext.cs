namespace DxBot.Channels.Line.Payloads;

/// <summary>Whether LINE is sending an event again (webhook.yml DeliveryContext).</summary>
public sealed record LineDeliveryContext(bool IsRedelivery);
