using System.Security.Cryptography;
using System.Text;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Changes;

/// <summary>
/// A hash of what an entry says and how it is found and cited: title, body, citation, city, topic, audience, keywords
/// and category. The file line is left out, so editing one section does not mark every section below it as changed.
/// </summary>
public static class EntryContentHash
{
    public static string Of(KnowledgeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder();
        // A separator no knowledge text contains keeps ("ab", "c") and ("a", "bc") apart.
        foreach (var part in new[] { entry.Title, entry.Body, entry.Source.Document, entry.Source.Section, entry.CityId, entry.Topic, entry.Audience, entry.Category, string.Join('\u001f', entry.Keywords) })
        {
            text.Append(part ?? "\u0000").Append('\u001e');
        }

        // Appended only when written, so an entry without English keeps the hash it had before English was read.
        if (entry.English is not null || entry.EnglishKeywords.Count > 0)
        {
            text.Append(entry.English ?? "\u0000").Append('\u001e').Append(string.Join('\u001f', entry.EnglishKeywords)).Append('\u001e');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
