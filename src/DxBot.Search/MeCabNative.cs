using System.Runtime.InteropServices;

namespace DxBot.Search;

/// <summary>
/// The few entry points of libmecab's C API the tagger uses, bound at run time (NativeLibrary) rather than with
/// DllImport: a machine without MeCab, or a configured path that does not exist, is then a clear "not found" at start
/// instead of a DllNotFoundException in the middle of a search.
/// </summary>
internal sealed class MeCabNative
{
    private MeCabNative(IntPtr library)
    {
        ModelNew = Bind<ModelNewFn>(library, "mecab_model_new");
        ModelDestroy = Bind<ModelDestroyFn>(library, "mecab_model_destroy");
        ModelNewTagger = Bind<ModelNewTaggerFn>(library, "mecab_model_new_tagger");
        ModelNewLattice = Bind<ModelNewLatticeFn>(library, "mecab_model_new_lattice");
        Destroy = Bind<DestroyFn>(library, "mecab_destroy");
        LatticeDestroy = Bind<LatticeDestroyFn>(library, "mecab_lattice_destroy");
        LatticeSetSentence2 = Bind<LatticeSetSentence2Fn>(library, "mecab_lattice_set_sentence2");
        ParseLattice = Bind<ParseLatticeFn>(library, "mecab_parse_lattice");
        LatticeToStr = Bind<LatticeToStrFn>(library, "mecab_lattice_tostr");
        StrError = Bind<StrErrorFn>(library, "mecab_strerror");
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate IntPtr ModelNewFn(int argc, IntPtr[] argv);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void ModelDestroyFn(IntPtr model);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate IntPtr ModelNewTaggerFn(IntPtr model);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate IntPtr ModelNewLatticeFn(IntPtr model);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void DestroyFn(IntPtr tagger);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void LatticeDestroyFn(IntPtr lattice);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void LatticeSetSentence2Fn(IntPtr lattice, IntPtr sentence, UIntPtr length);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int ParseLatticeFn(IntPtr tagger, IntPtr lattice);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate IntPtr LatticeToStrFn(IntPtr lattice);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate IntPtr StrErrorFn(IntPtr tagger);

    public ModelNewFn ModelNew { get; }

    public ModelDestroyFn ModelDestroy { get; }

    public ModelNewTaggerFn ModelNewTagger { get; }

    public ModelNewLatticeFn ModelNewLattice { get; }

    public DestroyFn Destroy { get; }

    public LatticeDestroyFn LatticeDestroy { get; }

    public LatticeSetSentence2Fn LatticeSetSentence2 { get; }

    public ParseLatticeFn ParseLattice { get; }

    public LatticeToStrFn LatticeToStr { get; }

    public StrErrorFn StrError { get; }

    /// <summary>Loads the library and its entry points; null with the reason when either is missing.</summary>
    public static MeCabNative? TryLoad(string libraryPath, out string? problem)
    {
        // The library stays loaded for the life of the process: parses in flight may still call into it, and
        // libmecab keeps no state outside its models.
        if (!NativeLibrary.TryLoad(libraryPath, typeof(MeCabNative).Assembly, DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory, out var library))
        {
            problem = $"the MeCab library '{libraryPath}' was not found (Debian: apt-get install libmecab2 mecab-ipadic-utf8)";
            return null;
        }

        try
        {
            problem = null;
            return new MeCabNative(library);
        }
        catch (EntryPointNotFoundException e)
        {
            problem = $"'{libraryPath}' is not a usable MeCab library ({e.Message})";
            return null;
        }
    }

    /// <summary>mecab_model_new with the arguments as UTF-8 C strings (paths may hold any character).</summary>
    public IntPtr NewModel(IReadOnlyList<string> arguments)
    {
        var argv = arguments.Select(Marshal.StringToCoTaskMemUTF8).ToArray();
        try
        {
            return ModelNew(argv.Length, argv);
        }
        finally
        {
            foreach (var argument in argv)
            {
                Marshal.FreeCoTaskMem(argument);
            }
        }
    }

    public void DestroyWorker((IntPtr Tagger, IntPtr Lattice) worker)
    {
        if (worker.Lattice != IntPtr.Zero)
        {
            LatticeDestroy(worker.Lattice);
        }

        if (worker.Tagger != IntPtr.Zero)
        {
            Destroy(worker.Tagger);
        }
    }

    private static T Bind<T>(IntPtr library, string name)
        where T : Delegate =>
        Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(library, name));
}
