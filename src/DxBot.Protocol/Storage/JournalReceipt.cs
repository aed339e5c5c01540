namespace DxBot.Protocol.Storage;

/// <summary>What <see cref="IEventJournal.CompleteAsync"/> needs to find an entry again; opaque to the caller.</summary>
public sealed record JournalReceipt(string Id);
