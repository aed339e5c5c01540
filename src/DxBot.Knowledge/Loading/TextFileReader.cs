using System.Text;

namespace DxBot.Knowledge.Loading;

/// <summary>Reads a knowledge file as UTF-8 text within the load's limits, reporting instead of throwing.</summary>
internal static class TextFileReader
{
    // Strict decoding: a Shift_JIS file read leniently would index as mojibake without anyone noticing.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(KnowledgeFile file, ErrorLog errors)
    {
        var limits = errors.Limits;
        if (Admit(file, errors) is null)
        {
            return null;
        }

        string text;
        try
        {
            var bytes = ReadAtMost(file.FullPath, limits.MaxFileBytes + 1);
            if (bytes.Length > limits.MaxFileBytes)
            {
                // It grew after it was measured.
                errors.Add(file, 0, TooLarge(bytes.Length, limits));
                return null;
            }

            errors.BytesRead += bytes.Length;
            text = Utf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(file, 0, "UTF-8 として読めません（文字コードを UTF-8 にして保存してください）。");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(file, 0, $"ファイルを読めません: {ex.Message}");
            return null;
        }

        text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        if (LongLine(text, limits.MaxLineLength) is { } longLine)
        {
            errors.Add(file, longLine.Line, $"1 行が長すぎるため、このファイルは読みません（{longLine.Length} 文字、上限 {limits.MaxLineLength} 文字）。");
            return null;
        }

        return text;
    }

    /// <summary>
    /// The checks made before a file is read: a regular file within the size limits of a file and of the whole load.
    /// Its size, or null when it is not to be read (reported). A file reused unread (see <see cref="FileStamp"/>) passes
    /// them too, and counts its size as read, so that the limits hold as they would had it been read.
    /// </summary>
    public static long? Admit(KnowledgeFile file, ErrorLog errors)
    {
        // Checked again here, not only in the walk: opening a FIFO blocks until a writer comes, and a device never ends.
        var (kind, size) = FileSystemProbe.Inspect(file.FullPath);
        if (kind != FileKind.Regular)
        {
            errors.Add(file, 0, KnowledgeFolder.NotRegular(kind));
            return null;
        }

        return Admit(file, size, errors);
    }

    /// <summary>The size checks of <see cref="Admit(KnowledgeFile, ErrorLog)"/> for a regular file of a known size that is not opened.</summary>
    public static long? Admit(KnowledgeFile file, long size, ErrorLog errors)
    {
        var limits = errors.Limits;
        if (size > limits.MaxFileBytes)
        {
            errors.Add(file, 0, TooLarge(size, limits));
            return null;
        }

        if (errors.BytesRead + size > limits.MaxTotalBytes)
        {
            errors.Add(file, 0, $"知識フォルダ全体の大きさが上限（{limits.MaxTotalBytes} バイト）を超えるため、このファイルは読みません。");
            return null;
        }

        return size;
    }

    /// <summary>Splits text into lines without their line breaks; index i is line i + 1.</summary>
    public static string[] Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    private static string TooLarge(long size, KnowledgeLimits limits) =>
        $"ファイルが大きすぎるため読みません（{size} バイト、上限 {limits.MaxFileBytes} バイト）。";

    // Read into an array of the file's size, not through a MemoryStream: that doubled its buffer up to twice the file
    // and copied it out, 1.1 MB of the large-object heap a reindex for the bundled knowledge's largest file, which the
    // GC kept committed after it (docs/benchmarks.md).
    private static byte[] ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var buffer = new byte[(int)Math.Min(limit, stream.Length)];
        var length = 0;
        Span<byte> next = stackalloc byte[1];
        while (length < limit)
        {
            if (length == buffer.Length)
            {
                // Full: a byte more means the file grew after it was measured, so the array grows as a stream's would.
                if (stream.Read(next) == 0)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(limit, Math.Max(4096L, buffer.Length * 2L)));
                buffer[length++] = next[0];
                continue;
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return length == buffer.Length ? buffer : buffer[..length];
    }

    /// <summary>The first line longer than <paramref name="max"/> characters (1-based) and the length seen, or null.</summary>
    private static (int Line, int Length)? LongLine(string text, int max)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r')
            {
                if (i - start > max)
                {
                    return (line, i - start);
                }

                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                start = i + 1;
            }
        }

        return null;
    }
}
