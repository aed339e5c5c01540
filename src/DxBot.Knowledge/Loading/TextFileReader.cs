using System.Text;

namespace DxBot.Knowledge.Loading;

/// <summary>Reads a knowledge file as UTF-8 text, reporting instead of throwing.</summary>
internal static class TextFileReader
{
    // Strict decoding: a Shift_JIS file read leniently would index as mojibake without anyone noticing.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(KnowledgeFile file, ErrorLog errors)
    {
        try
        {
            var text = File.ReadAllText(file.FullPath, Utf8);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            errors.Add(file, 0, "UTF-8 として読めません（文字コードを UTF-8 にして保存してください）。");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(file, 0, $"ファイルを読めません: {ex.Message}");
        }

        return null;
    }

    /// <summary>Splits text into lines without their line breaks; index i is line i + 1.</summary>
    public static string[] Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
}
