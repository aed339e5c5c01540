using YamlDotNet.RepresentationModel;

namespace DxBot.Knowledge.Loading;

/// <summary>
/// Reads the fields of one YAML mapping (a city, a program, a session), reporting missing or malformed values with
/// their line. <see cref="Failed"/> tells the caller to skip the item: a half-read item would be worse than none.
/// </summary>
internal sealed class YamlFields(YamlMappingNode node, KnowledgeFile file, ErrorLog errors, int lineOffset = 0)
{
    public bool Failed { get; private set; }

    public int Line => lineOffset + YamlDocument.Line(node);

    public int LineOf(string key)
    {
        var (keyNode, _) = Find(key);
        return keyNode is null ? Line : lineOffset + YamlDocument.Line(keyNode);
    }

    /// <summary>A scalar value, trimmed; null when absent or empty.</summary>
    public string? Text(string key)
    {
        var (keyNode, value) = Find(key);
        if (keyNode is null || YamlDocument.IsNull(value))
        {
            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            var text = scalar.Value?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }

        Fail(lineOffset + YamlDocument.Line(keyNode), $"{key} には文字列を書いてください。");
        return null;
    }

    /// <summary>A scalar value that must be present.</summary>
    public string RequiredText(string key)
    {
        var (keyNode, _) = Find(key);
        var text = Text(key);
        if (text is null && !Failed)
        {
            Fail(keyNode is null ? Line : lineOffset + YamlDocument.Line(keyNode), $"{key} がありません。");
        }

        return text ?? string.Empty;
    }

    /// <summary>A list of words: a YAML sequence, or a single scalar of comma-separated words.</summary>
    public IReadOnlyList<string> Words(string key)
    {
        var (keyNode, value) = Find(key);
        if (keyNode is null || YamlDocument.IsNull(value))
        {
            return [];
        }

        if (value is YamlScalarNode scalar)
        {
            return WordList.Split(scalar.Value);
        }

        if (value is YamlSequenceNode sequence)
        {
            var words = new List<string>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlScalarNode word && !string.IsNullOrWhiteSpace(word.Value))
                {
                    words.Add(word.Value.Trim());
                }
                else if (!YamlDocument.IsNull(item))
                {
                    Fail(lineOffset + YamlDocument.Line(item), $"{key} の項目には文字列を書いてください。");
                }
            }

            return words.Distinct(StringComparer.Ordinal).ToList();
        }

        Fail(lineOffset + YamlDocument.Line(keyNode), $"{key} には [a, b] の形のリストを書いてください。");
        return [];
    }

    public YamlMappingNode? Mapping(string key)
    {
        var (keyNode, value) = Find(key);
        if (keyNode is null || YamlDocument.IsNull(value))
        {
            return null;
        }

        if (value is YamlMappingNode mapping)
        {
            return mapping;
        }

        Fail(lineOffset + YamlDocument.Line(keyNode), $"{key} には「キー: 値」の組を書いてください。");
        return null;
    }

    /// <summary>The items of a sequence; an item that is not a mapping is reported and left out.</summary>
    public IReadOnlyList<YamlMappingNode> Items(string key)
    {
        var (keyNode, value) = Find(key);
        if (keyNode is null || YamlDocument.IsNull(value))
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            Fail(lineOffset + YamlDocument.Line(keyNode), $"{key} には「- 」で始まる項目のリストを書いてください。");
            return [];
        }

        var items = new List<YamlMappingNode>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                items.Add(mapping);
            }
            else
            {
                // Only this item is lost, so the whole list is not marked as failed.
                errors.Add(file, lineOffset + YamlDocument.Line(item), $"{key} の項目が「キー: 値」の形ではありません。");
            }
        }

        return items;
    }

    public void Fail(int line, string message)
    {
        Failed = true;
        errors.Add(file, line, message);
    }

    private (YamlNode? Key, YamlNode? Value) Find(string key)
    {
        foreach (var (k, v) in node.Children)
        {
            if (k is YamlScalarNode scalar && scalar.Value == key)
            {
                return (k, v);
            }
        }

        return (null, null);
    }
}
