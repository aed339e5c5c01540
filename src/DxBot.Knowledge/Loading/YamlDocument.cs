using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DxBot.Knowledge.Loading;

/// <summary>Parses YAML into nodes that keep their line numbers, so a bad value can be reported where it is.</summary>
internal static class YamlDocument
{
    /// <summary>The root mapping, or null (reported) when the text is not YAML or not a mapping.</summary>
    /// <param name="lineOffset">Added to reported lines when the YAML is part of a larger file (front matter).</param>
    /// <param name="allowEmpty">Whether an empty document is fine (it then gives an empty mapping).</param>
    public static YamlMappingNode? LoadMapping(string text, KnowledgeFile file, ErrorLog errors, int lineOffset, bool allowEmpty)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            errors.Add(file, lineOffset + (int)ex.Start.Line, $"YAML として読めません: {FirstLine(ex.Message)}");
            return null;
        }

        if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
        {
            if (allowEmpty)
            {
                return new YamlMappingNode();
            }

            errors.Add(file, lineOffset + 1, "内容が空です。");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(file, lineOffset + Line(stream.Documents[0].RootNode), "「キー: 値」の形の YAML ではありません。");
            return null;
        }

        return root;
    }

    public static int Line(YamlNode node) => (int)node.Start.Line;

    /// <summary>Whether a node stands for no value: an empty scalar, `~` or `null` written unquoted.</summary>
    public static bool IsNull(YamlNode? node) =>
        node is null
        || (node is YamlScalarNode scalar
            && scalar.Style is ScalarStyle.Plain or ScalarStyle.Any
            && (string.IsNullOrWhiteSpace(scalar.Value) || scalar.Value is "~" or "null" or "Null" or "NULL"));

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
