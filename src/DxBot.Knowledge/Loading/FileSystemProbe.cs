using System.Runtime.InteropServices;

namespace DxBot.Knowledge.Loading;

/// <summary>
/// The file type and canonical path of a path, without opening it. .NET has no public API that tells a FIFO or a device
/// from a regular file (both are <see cref="FileAttributes.Normal"/>), and opening a FIFO to find out blocks until a
/// writer comes: so on Unix this asks the runtime's own native shim (libSystem.Native, shipped with every .NET runtime),
/// whose structure is the same on every architecture, unlike libc's.
/// </summary>
internal static class FileSystemProbe
{
    private const string SystemNative = "libSystem.Native";

    // The shim's own file type bits (pal_io.h), normalised from the platform's.
    private const int TypeMask = 0xF000;
    private const int TypeFifo = 0x1000;
    private const int TypeCharacter = 0x2000;
    private const int TypeDirectory = 0x4000;
    private const int TypeBlock = 0x6000;
    private const int TypeRegular = 0x8000;
    private const int TypeLink = 0xA000;
    private const int TypeSocket = 0xC000;

    // The shim's FileStatus is ~120 bytes; the buffer is larger so a runtime that adds fields cannot overrun it.
    private const int StatusBufferSize = 512;
    private const int ModeOffset = 4;
    private const int SizeOffset = 16;
    private const int ModifiedSecondsOffset = 40;
    private const int ModifiedNanosecondsOffset = 48;

    /// <summary>The kind of <paramref name="path"/> itself (a link is reported as a link) and its size in bytes.</summary>
    public static (FileKind Kind, long Size) Inspect(string path)
    {
        var (kind, size, _) = InspectWithTime(path);
        return (kind, size);
    }

    /// <summary>
    /// <see cref="Inspect"/> with the last write time as <see cref="FileInfo.LastWriteTimeUtc"/> gives it, from the same
    /// lstat: the walk's one call then also gives the stamp of a file it lists (a load of 4,500 files made three).
    /// </summary>
    public static (FileKind Kind, long Size, DateTime LastWriteUtc) InspectWithTime(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return InspectManaged(path);
        }

        Span<byte> status = stackalloc byte[StatusBufferSize];
        status.Clear();
        if (LStat(path, ref MemoryMarshal.GetReference(status)) != 0)
        {
            return (FileKind.Missing, 0, default);
        }

        var mode = BitConverter.ToInt32(status[ModeOffset..]);
        var size = BitConverter.ToInt64(status[SizeOffset..]);
        // As the runtime's FileStatus turns the shim's seconds and nanoseconds into a time.
        var modified = DateTimeOffset.FromUnixTimeSeconds(BitConverter.ToInt64(status[ModifiedSecondsOffset..]))
            .AddTicks(BitConverter.ToInt64(status[ModifiedNanosecondsOffset..]) / TimeSpan.NanosecondsPerTick).UtcDateTime;
        var kind = (mode & TypeMask) switch
        {
            TypeRegular => FileKind.Regular,
            TypeDirectory => FileKind.Directory,
            TypeLink => FileKind.SymbolicLink,
            TypeFifo => FileKind.Fifo,
            TypeCharacter => FileKind.CharacterDevice,
            TypeBlock => FileKind.BlockDevice,
            TypeSocket => FileKind.Socket,
            _ => FileKind.Other,
        };
        return (kind, size, modified);
    }

    /// <summary>The path with every link and `..` resolved, or null when it (or a link on the way) leads nowhere.</summary>
    public static string? Canonical(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return CanonicalManaged(path);
        }

        var resolved = RealPath(path);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            // The shim allocates with malloc; FreeHGlobal is free() on Unix.
            Marshal.FreeHGlobal(resolved);
        }
    }

    [DllImport(SystemNative, EntryPoint = "SystemNative_LStat", ExactSpelling = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, ref byte status);

    [DllImport(SystemNative, EntryPoint = "SystemNative_RealPath", ExactSpelling = true)]
    private static extern IntPtr RealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    private static (FileKind Kind, long Size, DateTime LastWriteUtc) InspectManaged(string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null)
        {
            return (FileKind.Missing, 0, default);
        }

        if (info.LinkTarget is not null || info.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return (FileKind.SymbolicLink, 0, default);
        }

        if (info.Attributes.HasFlag(FileAttributes.Device))
        {
            return (FileKind.CharacterDevice, 0, default);
        }

        return info is FileInfo file ? (FileKind.Regular, file.Length, file.LastWriteTimeUtc) : (FileKind.Directory, 0, default);
    }

    private static string? CanonicalManaged(string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        try
        {
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? Path.GetFullPath(target.FullName) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
