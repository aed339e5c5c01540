using System.Text;

namespace DxBot.Import.Cities;

/// <summary>
/// Writes a new city's city.yaml (the schema of knowledge/README.md) from what its plan says. Every value taken from
/// the plan or made up from the city's name carries a comment 「# 要確認: …」, so the person reviewing it sees what no
/// one has checked yet; what the plan does not say is left out with a comment saying so.
/// </summary>
public static class CityYamlWriter
{
    public const string Review = "# 要確認: 計画書から抽出";

    public static string Write(string id, string name, string? prefectureGiven, PlanFacts facts, string planFileName)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var prefecture = prefectureGiven ?? facts.Prefecture ?? throw new ArgumentException("The prefecture is neither given nor found.", nameof(prefectureGiven));
        var text = new StringBuilder();
        text.Append($"# dxbot city add が計画書「{OneLine(planFileName)}」から作りました。「要確認」の値を計画書と照らして直し、確認したらその注記を消してください。\n");
        text.Append($"id: {id}\n");
        text.Append($"name: {Quoted(name)}\n");
        text.Append($"prefecture: {Quoted(prefecture)}").Append(prefectureGiven is null ? "  " + Review : string.Empty).Append('\n');
        text.Append($"aliases: [{string.Join(", ", Aliases(name).Select(Quoted))}]  # 要確認: 市名から作成。ひらがなの読み（例: はんだ）や略称を加えてください\n");
        text.Append("plan:\n");
        text.Append($"  title: {Quoted(facts.Title)}  {Review}\n");
        text.Append(facts.Published is { } published ? $"  published: {Quoted(published)}  {Review}\n" : "  # 要確認: 策定・公表の年月が計画書から見つかりませんでした（published: 令和X年Y月）\n");
        text.Append(facts.Period is { } period ? $"  period: {Quoted(period)}  {Review}\n" : "  # 要確認: 計画期間が計画書から見つかりませんでした（period: 令和X年度〜令和Y年度）\n");
        if (facts.Contacts.Count == 0)
        {
            text.Append("# 要確認: 窓口（部署名・電話番号）が計画書から見つかりませんでした。住民が問い合わせできる窓口を加えてください。\n");
            text.Append("contacts: []\n");
            return text.ToString();
        }

        text.Append("contacts:\n");
        text.Append("  # 要確認: 計画書から抽出（部署名・電話番号・メール）。最初の窓口が住民への案内先です。\n");
        foreach (var contact in facts.Contacts)
        {
            text.Append($"  - department: {Quoted(contact.Department)}  {Review}\n");
            if (contact.Phone is { } phone)
            {
                text.Append($"    phone: {Quoted(phone)}  {Review}\n");
            }

            if (contact.Email is { } email)
            {
                text.Append($"    email: {Quoted(email)}  {Review}\n");
            }

            if (contact.Fax is { } fax)
            {
                text.Append($"    fax: {Quoted(fax)}  {Review}\n");
            }

            if (contact.Internal)
            {
                text.Append("    internal: true  # 推進組織の名称です（住民の窓口としては案内しません）\n");
            }

            text.Append("    topics: [dx]  # 要確認: この窓口が答える分野（dx, mynumber, support, procedures）\n");
        }

        return text.ToString();
    }

    /// <summary>「半田市」 → 半田, 半田市役所: how residents name the city besides its full name.</summary>
    public static IReadOnlyList<string> Aliases(string name)
    {
        var aliases = new List<string>();
        if (name.Length > 2 && name[^1] is '市' or '町' or '村')
        {
            aliases.Add(name[..^1]);
        }

        aliases.Add(name + "役所");
        return aliases;
    }

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ');

    private static string Quoted(string text) =>
        "\"" + OneLine(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
