using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DxBot.Protocol.Storage;

/// <summary>
/// The two syncs the file journal needs. On Linux <c>fdatasync</c>: a segment written in place (its blocks allocated
/// and written when it was made) changes no metadata that reading it back needs, so the sync writes the data pages and
/// flushes the device without waiting for a commit of the file system's journal, which on a shared disk carries every
/// other process's pending metadata and data with it. Elsewhere a full flush (<c>FileStream.Flush(true)</c>).
/// </summary>
internal static class FileSync
{
    private const int Eintr = 4;

    /// <summary>The data written to the file (and the size, if it changed) reach the disk.</summary>
    public static void Data(FileStream stream)
    {
        if (!OperatingSystem.IsLinux())
        {
            stream.Flush(flushToDisk: true);
            return;
        }

        while (FDataSync(stream.SafeFileHandle) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error != Eintr)
            {
                throw new IOException("fdatasync failed: " + new Win32Exception(error).Message, error);
            }
        }
    }

    /// <summary>A file just made: its data, its size and its name in the folder reach the disk.</summary>
    public static void Created(FileStream stream, string folder)
    {
        stream.Flush(flushToDisk: true);
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            // Windows has no handle on a folder to flush; its file system journals the name with the file.
            return;
        }

        var descriptor = Open(folder, 0);
        if (descriptor < 0)
        {
            throw new IOException("Opening the journal folder to sync it failed: " + new Win32Exception(Marshal.GetLastPInvokeError()).Message);
        }

        try
        {
            while (FSync(descriptor) != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                if (error != Eintr)
                {
                    throw new IOException("Syncing the journal folder failed: " + new Win32Exception(error).Message, error);
                }
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    // DllImport rather than LibraryImport, which would need unsafe code in the project; a SafeHandle is held for the call.
    [DllImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
    private static extern int FDataSync(SafeFileHandle handle);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int FSync(int descriptor);

    [DllImport("libc", EntryPoint = "open", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int Open(string path, int flags);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
