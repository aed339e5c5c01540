using System.Buffers;

namespace DxBot.Dialogs.State;

/// <summary>
/// Shortens compact JSON (as <see cref="System.Text.Json.Utf8JsonWriter"/> writes it) by replacing each property name
/// with a two-byte token, and expands it back to the very same bytes. The same few dozen names
/// (<c>"ConversationData":</c>, <c>"lastAnswerTitle":</c>…) were a third to half of every kept conversation document.
/// <para>
/// The token is <see cref="Marker"/> and the name's number in this table. The writer escapes every control character
/// inside strings and writes no whitespace, so that byte never occurs in its output; an unescaped <c>"</c> always
/// opens or closes a string, and a string followed by <c>:</c> is a property name. Names are learned as they are
/// written, up to <see cref="MaxNames"/> (printable ASCII, at most <see cref="MaxNameLength"/> bytes); other names
/// stay as they are. The table only grows, so every token written can be expanded later.
/// </para>
/// </summary>
internal sealed class JsonNameTokens
{
    public const byte Marker = 0x01;
    public const int MaxNames = 256;
    public const int MaxNameLength = 64;

    private readonly Lock _gate = new();
    private volatile Table _table = new([], new Dictionary<string, byte>(StringComparer.Ordinal));

    public int Count => _table.Names.Length;

    /// <summary>Writes <paramref name="json"/> shortened into <paramref name="output"/> (at least as long); returns its length.</summary>
    public int Compact(ReadOnlySpan<byte> json, Span<byte> output)
    {
        var table = _table;
        Span<char> chars = stackalloc char[MaxNameLength];
        var written = 0;
        var i = 0;
        while (i < json.Length)
        {
            var b = json[i];
            if (b != (byte)'"')
            {
                output[written++] = b;
                i++;
                continue;
            }

            var end = EndOfString(json, i);
            var name = json[(i + 1)..end];
            if (end + 1 < json.Length && json[end + 1] == (byte)':' && IndexOf(ref table, name, chars) is { } index)
            {
                output[written++] = Marker;
                output[written++] = index;
                i = end + 2;
                continue;
            }

            json[i..(end + 1)].CopyTo(output[written..]);
            written += end + 1 - i;
            i = end + 1;
        }

        return written;
    }

    /// <summary>The length of <paramref name="compact"/> expanded.</summary>
    public int ExpandedLength(ReadOnlySpan<byte> compact)
    {
        var names = _table.Names;
        var length = compact.Length;
        for (var at = compact.IndexOf(Marker); at >= 0; at = compact.IndexOf(Marker))
        {
            length += names[compact[at + 1]].Length + 3 - 2;
            compact = compact[(at + 2)..];
        }

        return length;
    }

    /// <summary>Writes <paramref name="compact"/> expanded into <paramref name="output"/>; returns its length.</summary>
    public int Expand(ReadOnlySpan<byte> compact, Span<byte> output)
    {
        var names = _table.Names;
        var written = 0;
        for (var at = compact.IndexOf(Marker); at >= 0; at = compact.IndexOf(Marker))
        {
            compact[..at].CopyTo(output[written..]);
            written += at;
            var name = names[compact[at + 1]];
            output[written++] = (byte)'"';
            name.CopyTo(output[written..]);
            written += name.Length;
            output[written++] = (byte)'"';
            output[written++] = (byte)':';
            compact = compact[(at + 2)..];
        }

        compact.CopyTo(output[written..]);
        return written + compact.Length;
    }

    // The closing quote of the string opened at `start`: a quote not escaped by a backslash.
    private static int EndOfString(ReadOnlySpan<byte> json, int start)
    {
        var j = start + 1;
        while (json[j] != (byte)'"')
        {
            j += json[j] == (byte)'\\' ? 2 : 1;
        }

        return j;
    }

    private byte? IndexOf(ref Table table, ReadOnlySpan<byte> name, Span<char> chars)
    {
        if (name.Length is 0 or > MaxNameLength || name.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E))
        {
            return null;
        }

        for (var k = 0; k < name.Length; k++)
        {
            chars[k] = (char)name[k];
        }

        var key = chars[..name.Length];
        if (table.Index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var index))
        {
            return index;
        }

        lock (_gate)
        {
            table = _table;
            if (table.Index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out index))
            {
                return index;
            }

            if (table.Names.Length >= MaxNames)
            {
                return null;
            }

            // A new table, published whole: readers without the lock only ever see a complete one.
            var added = (byte)table.Names.Length;
            var index2 = new Dictionary<string, byte>(table.Index, StringComparer.Ordinal) { [new string(key)] = added };
            table = new Table([.. table.Names, name.ToArray()], index2);
            _table = table;
            return added;
        }
    }

    private sealed record Table(byte[][] Names, Dictionary<string, byte> Index);
}
