namespace DxBot.Dialogs.State;

/// <summary>
/// A storage that keeps each document as its UTF-8 JSON and hands those bytes over as they are. <see cref="BotState"/>
/// then parses a turn's document once and writes its properties straight into the bytes kept, where through
/// <see cref="IStorage"/> a document went bytes → <c>JsonObject</c> → bytes → object and back at every turn (the
/// conversation state was 6 % of a LINE message's CPU; docs/benchmarks.md). The documents are the same JSON either
/// way, so what one way writes the other reads.
/// </summary>
public interface IUtf8DocumentStorage : IStorage
{
    /// <summary>The document's UTF-8 JSON, or null when there is none (or it expired). The caller owns the array.</summary>
    byte[]? ReadUtf8(string key);

    /// <summary>Keeps <paramref name="json"/> (a JSON object, compact, as <c>Utf8JsonWriter</c> writes it) under the key.</summary>
    void WriteUtf8(string key, ReadOnlySpan<byte> json);
}
