namespace DxBot.Dialogs.Topics.English;

/// <summary>What the English dialog says. Japanese proper names stay beside the English so residents can show them at a counter.</summary>
public static class EnglishStrings
{
    public const string SourcePrefix = "Source: ";

    public static readonly string[] NextChoices = ["Lost my card", "Convenience store", "Online procedures", "Contact"];

    public static string CityName(string? english, string japanese) => english is null ? japanese : $"{english} ({japanese})";

    public static string Office(string cityName, string? departmentEnglish, string? departmentJapanese, string? phone, string? email)
    {
        var department = departmentJapanese is null ? "" : departmentEnglish is null ? $" {departmentJapanese}" : $", {departmentEnglish} ({departmentJapanese})";
        var phoneText = phone is null ? "" : $", phone {phone}";
        var emailText = email is null ? "" : $", e-mail {email}";
        return cityName + department + phoneText + emailText;
    }

    public static string JapaneseOnlyStaff => "Staff answer in Japanese; a translation app may help.";

    public static string ContactLine(string office) => $"Contact: {office}.";

    public static string Contact(string office, bool hasPhone, string? fax) =>
        $"Please contact {office}." + (fax is null ? "" : $" Fax: {fax}.") + (hasPhone ? "" : " The plan gives no phone number; please use the city's main switchboard or website.");

    public static string Fallback(string office) =>
        $"Sorry, I don't have an answer to that in English. Please contact {office}. {JapaneseOnlyStaff} " +
        "In English I can answer about the My Number card (apply, receive, PIN, renewal, loss), convenience-store certificates, online procedures, smartphone support and the city's DX plan.";

    public static string CityOwnInJapanese(string cityName, string titles, string office) =>
        $"{cityName} also publishes its own information on this in Japanese only: {titles}. For details, please contact {office}.";

    /// <summary>Introduces a Japanese entry given to an English question: the plan says it only in Japanese.</summary>
    public static string JapaneseEntryIntro(string cityName) =>
        $"{cityName}'s plan covers this in Japanese only. This is what it says (a translation app may help):";

    /// <summary>The entry's Japanese title, to show at a counter or to search the city's site with.</summary>
    public static string InJapanese(string title) => $"In Japanese: 【{title}】";

    public static string JapaneseOnly(string office) => $"Details of this are published in Japanese only; please contact {office}.";

    public static string PassedTarget(int fiscalYear) =>
        $"FY{fiscalYear} has ended: this was the plan's target for that year, so please check the current state with the city.";

    public static string FiscalYear(int year, string japanese) => $"FY{year} ({japanese})";

    public static string ConvenienceYes(string cityName, string what) =>
        $"Yes. {cityName} offers convenience-store certificates (コンビニ交付): with a My Number card (マイナンバーカード) you can get a residence certificate (住民票の写し) and other certificates ({what}) at convenience stores across Japan.";

    public static string ConvenienceUnclear(string cityName, string office) =>
        $"{cityName}'s plan mentions convenience-store certificates (コンビニ交付) but does not say which certificates, such as a residence certificate (住民票の写し), you can get there or when. Please check with {office}.";

    public static string ConvenienceNotInPlan(string cityName, string office) =>
        $"{cityName}'s plan does not say whether it offers convenience-store certificates (コンビニ交付), such as a residence certificate (住民票の写し). Please check with {office}.";

    public static string NotOnlineRow(string cityName, string what) =>
        $"According to the plan, {what} cannot be done online in {cityName}; please go to the city office counter.";

    public static string ProcedureOnline(string cityName, string name, string? via) =>
        $"Yes. According to the plan, {name} can be done online in {cityName}" + (via is null ? "." : $", via {via}.");

    public static string ProcedurePlanned(string cityName, string name, string? via, string? target) =>
        $"Not confirmed yet: {cityName}'s plan aims to put {name} online" + (via is null ? "" : $" via {via}") + (target is null ? "." : $" by {target}.");

    public const string MynaportalNeedsTheCard =
        "Applications on Mynaportal (マイナポータル) are generally made with your My Number card (マイナンバーカード), read by a smartphone or a card reader.";

    public static string ProcedureNotOnline(string cityName, string name) =>
        $"No. According to the plan, {name} is not online in {cityName}; it is done at the city office counter.";

    public static string ProcedureUnknown(string cityName, string name, string office) =>
        $"{cityName}'s plan does not say whether {name} can be done online. Please check on Mynaportal (マイナポータル) or with {office}.";

    public static string ProcedureInPlan(string cityName, string name, IEnumerable<string> fields, string sentence, string office) =>
        $"{cityName}'s plan does not list {name} one by one, but says this of putting {string.Join(", ", fields)} procedures online (in Japanese): 「{sentence}」 " +
        $"Please check on Mynaportal (マイナポータル) or with {office} whether yours can be done online now.";

    public static string PrefectureProcedure(string name, string prefecture) =>
        $"{char.ToUpperInvariant(name[0])}{name[1..]} are handled by the prefecture ({prefecture}), not by the city; please ask the prefecture.";

    public static string SupportHeading(string cityName) => $"{cityName}'s plan describes this digital support (smartphone help and lessons):";

    public static string SupportProgram(string english, string japanese) => $"- {english} ({japanese})";

    public static string SupportProgramJapaneseOnly(string japanese) => $"- {japanese} (described in Japanese only)";

    public const string UpcomingHeading = "Upcoming sessions (details in Japanese):";

    public static string NoDates(string office) => $"No dates or venues are published here yet; please ask {office}.";

    public static string NoSupport(string cityName, string office) =>
        $"{cityName}'s plan describes no smartphone lessons or help sessions. Please ask {office}.";

    public static string Plan(string cityName, string englishTitle, string japaneseTitle, string period) =>
        $"{cityName}'s DX plan is the {englishTitle} ({japaneseTitle}), covering {period}.";
}
