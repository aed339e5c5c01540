using YamlDotNet.Core;
using YamlDotNet.Core.Events;
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
            if (Oversized(text, errors.Limits) is { } problem)
            {
                errors.Add(file, lineOffset + problem.Line, problem.Message);
                return null;
            }

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

    /// <summary>
    /// Counts the document's events before any node is built, with each alias counted as the nodes it stands for: a
    /// 653-byte alias bomb used as a mapping key took 58 s in the representation model (each alias is hashed as the
    /// whole tree it names), while the events come out at once.
    /// </summary>
    private static (int Line, string Message)? Oversized(string text, KnowledgeLimits limits)
    {
        var parser = new Parser(new StringReader(text));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(AnchorName Anchor, long StartTotal)>();
        long aliases = 0, total = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var line = (int)current.Start.Line;
            switch (current)
            {
                case AnchorAlias alias:
                    if (++aliases > limits.YamlMaxAliases)
                    {
                        return (line, $"YAML の別名（*）が多すぎるため読みません（上限 {limits.YamlMaxAliases} 個）。");
                    }

                    total += sizes.GetValueOrDefault(alias.Value.Value, 1);
                    break;
                case Scalar scalar:
                    total++;
                    if (!scalar.Anchor.IsEmpty)
                    {
                        sizes[scalar.Anchor.Value] = 1;
                    }

                    break;
                case MappingStart or SequenceStart:
                    open.Push((((NodeEvent)current).Anchor, total));
                    total++;
                    if (open.Count > limits.YamlMaxDepth)
                    {
                        return (line, $"YAML の入れ子が深すぎるため読みません（上限 {limits.YamlMaxDepth} 段）。");
                    }

                    break;
                case MappingEnd or SequenceEnd when open.TryPop(out var closed):
                    if (!closed.Anchor.IsEmpty)
                    {
                        sizes[closed.Anchor.Value] = total - closed.StartTotal;
                    }

                    break;
            }

            if (total > limits.YamlMaxNodes)
            {
                return (line, $"YAML の要素が多すぎるため読みません（別名を展開して上限 {limits.YamlMaxNodes} 個を超えます）。");
            }
        }

        return null;
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
