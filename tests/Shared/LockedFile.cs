using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DxBot.Tests.Shared;

/// <summary>
/// Reads a file that a running journal holds with an exclusive lock. .NET takes a lock when it opens a file on Unix,
/// and the journal's lock refuses it; the bytes are what another process would read, so the tests open it with libc.
/// </summary>
internal static class LockedFile
{
    private const int NoSuchFile = 2;

    public static byte[] ReadAllBytes(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.ReadAllBytes(path);
        }

        var descriptor = Open(path, 0);
        if (descriptor < 0 && Marshal.GetLastPInvokeError() == NoSuchFile)
        {
            // Removed since the folder was listed (a spare segment dropped): it holds nothing any more.
            return [];
        }

        if (descriptor < 0)
        {
            throw new IOException($"open {path}: errno {Marshal.GetLastPInvokeError()}");
        }

        using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        var bytes = new byte[RandomAccess.GetLength(handle)];
        var read = 0;
        while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var n and > 0)
        {
            read += n;
        }

        return bytes[..read];
    }

    /// <summary>True when no file in the folder holds any of the texts (UTF-8, or as the journal escapes them in JSON).</summary>
    public static bool NoneHolds(string folder, IEnumerable<string> texts)
    {
        var needles = texts.SelectMany(t => new[] { System.Text.Encoding.UTF8.GetBytes(t), System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(t).Trim('"')) }).ToList();
        return !Directory.Exists(folder) || Directory.EnumerateFiles(folder).All(file =>
        {
            var bytes = ReadAllBytes(file);
            return needles.All(needle => bytes.AsSpan().IndexOf(needle) < 0);
        });
    }

    // DllImport rather than LibraryImport, which would need unsafe code in the project.
    [DllImport("libc", EntryPoint = "open", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int Open(string path, int flags);
}
