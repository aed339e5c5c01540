using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DxBot.Dialogs.State;

/// <summary>
/// A buffer and writer per thread that state documents are formatted into, with Japanese kept as UTF-8 rather than
/// <c>\uXXXX</c> (a document is a third of the size): <see cref="Start"/>, write, hand <see cref="Written"/> to whoever
/// copies what it keeps, then <see cref="Release"/>. The bytes are only valid until the next <see cref="Start"/> on the
/// thread, so nothing between may await.
/// </summary>
internal static class ThreadJsonBuffer
{
    // Larger than this, a document's buffer is not kept for the thread's life.
    private const int MaxKept = 64 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static Utf8JsonWriter Start()
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        return writer;
    }

    /// <summary>What the writer <see cref="Start"/> gave has written, flushed.</summary>
    public static ReadOnlySpan<byte> Written()
    {
        t_writer!.Flush();
        return t_buffer!.WrittenSpan;
    }

    public static void Release()
    {
        if (t_buffer is { Capacity: > MaxKept })
        {
            t_buffer = null;
            t_writer = null;
        }
    }
}
