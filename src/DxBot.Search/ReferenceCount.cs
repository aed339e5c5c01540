namespace DxBot.Search;

/// <summary>
/// The references an owner's readers are shared by (a generation's searches, the generations sharing an index part):
/// one is held from the start, another can be taken only while any is held, and the last release closes the owner.
/// A mutable struct, so it lives in a field of its owner and is never copied.
/// </summary>
internal struct ReferenceCount
{
    // References held less one: 0 at the start (the owner's own), -1 once the last is released.
    private int extra;

    /// <summary>Takes a reference; false once the last one has been released.</summary>
    public bool TryAcquire()
    {
        while (true)
        {
            int current = Volatile.Read(ref extra);
            if (current < 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref extra, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Gives a reference back; true for the last one, when the owner is to close.</summary>
    public bool Release() => Interlocked.Decrement(ref extra) == -1;
}
