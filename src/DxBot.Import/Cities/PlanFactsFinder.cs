using System.Text.RegularExpressions;

namespace DxBot.Import.Cities;

/// <summary>
/// Finds in a plan's text what a city.yaml needs: the plan's title, its prefecture, when it was published (策定, and the
/// last 改訂), its period (「令和4年度から令和7年度まで」), and the offices it names with their phone numbers. Patterns,
/// not understanding: each value is written for review, and a value not found is left out rather than guessed.
/// </summary>
public static partial class PlanFactsFinder
{
    // Japanese plans put the date and the issuing city on the cover: the first lines of the text.
    private const int CoverLength = 400;

    // A phone number's office is printed just before it (「編集 | 御前崎市総務部財政課デジタル推進室 … TEL 0537-85-1127」).
    private const int OfficeDistance = 120;

    private const int MaxContacts = 3;

    private static readonly string[] Prefectures =
    [
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
        "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
        "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
        "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
    ];

    public static PlanFacts Find(PlanDocument document, string cityName)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(cityName);
        var text = document.Text;
        return new PlanFacts(Title(document, cityName), Prefecture(text), Published(text), Period(document), Contacts(text, cityName));
    }

    /// <summary>The document's title when it names a plan, else the cover's first line that does (the city's name put before it when missing).</summary>
    public static string Title(PlanDocument document, string cityName)
    {
        if (PlanWord().IsMatch(document.Title) && document.Title.Length <= 60)
        {
            return Tidy(document.Title);
        }

        var cover = document.Text.Length > CoverLength ? document.Text[..CoverLength] : document.Text;
        var line = cover.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length is > 0 and <= 60 && PlanWord().IsMatch(l) && !l.Contains('。', StringComparison.Ordinal));
        if (line is null)
        {
            return document.Title;
        }

        return Tidy(line.Contains(cityName, StringComparison.Ordinal) ? line : cityName + line);
    }

    /// <summary>「対馬市 DX 推進計画」 as the plan is named, 「対馬市DX推進計画」: spaces a layout put around a short Latin word.</summary>
    private static string Tidy(string title) => LatinWordSpaces().Replace(title, "$1$2$3");

    /// <summary>The prefecture named most often (a plan cites its prefecture's plan); null when none is named.</summary>
    private static string? Prefecture(string text) =>
        Prefectures.Select(p => (Name: p, Count: Regex.Matches(text, Regex.Escape(p)).Count)).Where(p => p.Count > 0)
            .OrderByDescending(p => p.Count).Select(p => p.Name).FirstOrDefault();

    /// <summary>「令和4年3月」 (策定) on the cover, with the revision the cover names: 「令和4年10月（令和6年4月改訂）」.</summary>
    private static string? Published(string text)
    {
        var dates = MonthDate().Matches(text).ToList();
        // The cover's date first: the body dates other plans (「令和4年10月策定の国の計画」).
        var made = dates.FirstOrDefault(d => d.Index < CoverLength && d.Groups["what"].Value != "改訂")
            ?? dates.FirstOrDefault(d => d.Groups["what"].Value == "策定");
        if (made is null)
        {
            return null;
        }

        var revised = dates.LastOrDefault(d => d.Index < CoverLength && d.Groups["what"].Value == "改訂");
        var date = made.Groups["date"].Value;
        return revised is null ? date : $"{date}（{revised.Groups["date"].Value}改訂）";
    }

    /// <summary>「X から Y まで」 in the first sentence about the period (対象期間, 計画期間, 本計画の期間), as 「X〜Y」.</summary>
    private static string? Period(PlanDocument document)
    {
        // Sections titled as the period first: a plan mentions other periods (the nation's plan) elsewhere.
        var texts = document.Sections.Where(s => s.Title.Contains("期間", StringComparison.Ordinal)).Select(s => s.Body).Append(document.Text);
        foreach (var text in texts)
        {
            foreach (var sentence in text.Split('。'))
            {
                if (sentence.Contains("期間", StringComparison.Ordinal) && PeriodRange().Match(sentence) is { Success: true } range)
                {
                    return $"{Spaces().Replace(range.Groups["from"].Value, string.Empty)}〜{Spaces().Replace(range.Groups["to"].Value, string.Empty)}";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Offices with a phone number printed after them (the colophon's 「編集 … TEL」) first, then the offices the plan names
    /// for its DX (デジタル推進課, DX推進本部), most often named first; the city's name is taken off the front.
    /// </summary>
    private static List<FoundContact> Contacts(string text, string cityName)
    {
        var offices = Office().Matches(text).Where(m => OfficeWord().IsMatch(m.Value)).ToList();
        var contacts = new List<FoundContact>();
        foreach (Match phone in Phone().Matches(text))
        {
            var before = text[Math.Max(0, phone.Index - 8)..phone.Index];
            if (before.Contains("FAX", StringComparison.OrdinalIgnoreCase) || before.Contains("ファクス", StringComparison.Ordinal))
            {
                continue;
            }

            var office = offices.LastOrDefault(o => o.Index < phone.Index && phone.Index - o.Index <= OfficeDistance);
            if (office is null)
            {
                continue;
            }

            var department = Department(office.Value, cityName);
            if (contacts.Any(c => c.Department == department))
            {
                continue;
            }

            var after = text[phone.Index..Math.Min(text.Length, phone.Index + OfficeDistance)];
            var email = Email().Match(after) is { Success: true } mail ? mail.Value : null;
            var fax = Fax().Match(after) is { Success: true } faxed ? faxed.Groups["number"].Value : null;
            contacts.Add(new FoundContact(department, phone.Groups["number"].Value, email, IsInternal(department)) { Fax = fax });
        }

        var named = offices.Select(o => Department(o.Value, cityName))
            .Where(d => d.Length >= 3 && contacts.All(c => c.Department != d))
            .GroupBy(d => d, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => new FoundContact(g.Key, null, null, IsInternal(g.Key)));
        contacts.AddRange(named);

        // Counters residents can call before the bodies that run the plan: the first contact is the one residents are given.
        return [.. contacts.OrderBy(c => c.Internal).ThenBy(c => c.Phone is null).Take(MaxContacts)];
    }

    private static string Department(string office, string cityName)
    {
        // 「御前崎市総務部財政課」 is the city's office 「総務部財政課」; 「行方市DX推進本部」 is a body named after the city.
        var name = office.StartsWith(cityName, StringComparison.Ordinal) && !IsInternal(office) ? office[cityName.Length..] : office;
        return name.Length == 0 ? office : name;
    }

    private static bool IsInternal(string department) =>
        department.EndsWith("本部", StringComparison.Ordinal) || department.EndsWith("会議", StringComparison.Ordinal) || department.EndsWith("委員会", StringComparison.Ordinal);

    [GeneratedRegex(@"計画|方針|戦略|ビジョン")]
    private static partial Regex PlanWord();

    // 「令和4年3月」「2021年（令和3年）12月」, not a day (「令和2年12月25日」), with what happened then if the plan says.
    [GeneratedRegex(@"(?<date>(?:(?:令和|平成)\s*[0-9０-９元]{1,2}年|[12][0-9]{3}年(?:\s*[（(](?:令和|平成)[0-9０-９元]{1,2}年[）)])?)\s*[0-9０-９]{1,2}月)(?![0-9０-９])\s*(?<what>策定|改訂|発行|作成)?")]
    private static partial Regex MonthDate();

    [GeneratedRegex(@"(?<from>(?:(?:令和|平成)\s*[0-9０-９元]{1,2}|[12][0-9]{3})年度?(?:\s*[（(][^）)]{1,12}[）)])?(?:\s*[0-9０-９]{1,2}月)?)\s*(?:から|～|〜|~)\s*(?<to>(?:(?:令和|平成)\s*[0-9０-９元]{1,2}|[12][0-9]{3})年度?(?:\s*[（(][^）)]{1,12}[）)])?(?:\s*[0-9０-９]{1,2}月)?)\s*まで")]
    private static partial Regex PeriodRange();

    // An office: a run of kanji/katakana/Latin capitals ending in 課・室・センター・推進本部, not 課題・課程・課税.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーA-ZＡ-Ｚ]{1,20}(?:課|室|センター|推進本部)(?![題程税金長])")]
    private static partial Regex Office();

    [GeneratedRegex(@"推進|デジタル|DX|ＤＸ|情報|政策|企画|総務|戦略|財政|行政|市民")]
    private static partial Regex OfficeWord();

    [GeneratedRegex(@"(?<![0-9])(?<number>0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4})(?![0-9])")]
    private static partial Regex Phone();

    // 「FAX 0537-85-1137」「ファクス：…」 printed after the office's phone.
    [GeneratedRegex(@"(?:FAX|Fax|fax|ファクス|ファックス)[\s:：]*(?<number>0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4})(?![0-9])")]
    private static partial Regex Fax();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"([\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー])\s+([A-Z]{1,4})\s+([\p{IsCJKUnifiedIdeographs}\p{IsKatakana}])")]
    private static partial Regex LatinWordSpaces();
}
