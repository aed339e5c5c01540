using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace DxBot.Search;

/// <summary>
/// A mecab_model_t and the taggers and lattices made from it. Released when the last parse in flight has given back its
/// reference (SafeHandle counts them), so no worker is in use when they are destroyed.
/// </summary>
internal sealed class MeCabModelHandle : SafeHandle
{
    private readonly MeCabNative native;

    public MeCabModelHandle(MeCabNative native, IntPtr model)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        this.native = native;
        SetHandle(model);
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Idle (tagger, lattice) pairs: a lattice holds one parse's state, so each parse takes a pair of its own.</summary>
    public ConcurrentBag<(IntPtr Tagger, IntPtr Lattice)> Idle { get; } = [];

    protected override bool ReleaseHandle()
    {
        while (Idle.TryTake(out var worker))
        {
            native.DestroyWorker(worker);
        }

        native.ModelDestroy(handle);
        return true;
    }
}
