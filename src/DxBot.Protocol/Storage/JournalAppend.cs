namespace DxBot.Protocol.Storage;

/// <summary>
/// An append in its two steps. <see cref="Kept"/>: the entries survive a kill of this process (in the operating
/// system's hands, or the shared store's), so work on them may start. <see cref="Durable"/>: they survive a crash of the
/// machine too, which is what an acknowledgement to the sender promises. When <see cref="Kept"/> fails,
/// <see cref="Durable"/> has failed with it.
/// </summary>
public sealed record JournalAppend(Task<IReadOnlyList<JournalReceipt>> Kept, Task Durable);
