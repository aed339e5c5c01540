namespace DxBot.Protocol.Storage;

/// <summary>An entry handed out again by <see cref="IEventJournal.ClaimAbandonedAsync"/>.</summary>
public sealed record JournalEntry(JournalReceipt Receipt, string Payload);
