using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Topics.OnlineProcedures;

/// <summary>What the online-procedures dialog says. Targets are always stated as the plan's targets.</summary>
public static class OnlineProceduresStrings
{
    public const string AskProcedure = "どの手続きについてお調べしますか。手続きの名前を入力するか、下のボタンからお選びください。";

    public static readonly string[] ExampleProcedures = ["児童手当", "妊娠の届出", "要介護認定", "罹災証明書", "保育園の申込み"];

    /// <summary>マイナポータルのぴったりサービス: the national address where the plans say a procedure is done there.</summary>
    public const string PittariUrl = "https://app.oss.myna.go.jp/";

    public const string NationalSource = "デジタル庁 自治体DX推進計画（国の公開情報）";

    public static string NationalList(int total, IEnumerable<(string Category, int Count)> byCategory) =>
        $"国は、マイナポータル（ぴったりサービス）から申請できるよう、子育て・介護などの{total}手続（" +
        string.Join("・", byCategory.Select(c => $"{c.Category}{c.Count}")) + "）のオンライン化を自治体に求めています。";

    /// <summary>Said after a planned procedure: a target is not today's state.</summary>
    public const string PlannedCaveat = "これは計画上の目標で、現在の受付状況とは異なる場合があります。";

    public static string NationalOnly(Procedure procedure, string cityName) =>
        $"「{procedure.Name}」は、国がマイナポータル（ぴったりサービス）でのオンライン化を進めている{procedure.Category}の手続きです。" +
        $"{cityName}での受付状況は計画に記載がありません。";

    public static string NationalOnlyGroup(string names, string category, string cityName) =>
        $"{names}は、国がマイナポータル（ぴったりサービス）でのオンライン化を進めている{category}の手続きです。" +
        $"{cityName}での受付状況は計画に記載がありません。";

    /// <summary>A city known only from its plan: the national status and what the plan says of the field, quoted.</summary>
    public static string NationalWithPlan(string names, string category, string cityName, string sentence) =>
        $"{names}は、国がマイナポータル（ぴったりサービス）でのオンライン化を進めている{category}の手続きです。" +
        $"{cityName}の計画には「{sentence.TrimEnd('。')}」とあります。";

    public static string NotInPlan(string name) => $"{name}: 計画に記載がありません。";

    /// <summary>「児童手当等の現況届、…など10件の手続き」: a group named in one breath.</summary>
    public static string GroupNames(IReadOnlyList<string> names) =>
        names.Count <= 3 ? string.Join("、", names) : $"{string.Join("、", names.Take(3))}など{names.Count}件の手続き";

    // The group's category when they share one (「子育ての手続き（15件）」), so the heading says what was found.
    public static string GroupTitle(int count, string? category) =>
        category is { Length: > 0 } ? $"{category}の手続き（{count}件）" : $"該当する手続き（{count}件）";

    public const string Prefectural = "なお、この手続きは市ではなく県が受け付ける手続きです。";

    public static string CheckWith(string office) => $"最新の受付方法は{office}にご確認ください。";

    public const string OtherField = "その他";

    public static string PlannedListTitle(string cityName) => $"{cityName}の計画でオンライン化が書かれている手続き";

    public static string PlannedListLead(string cityName) => $"{cityName}の計画では、次の分野の手続きのオンライン化が書かれています。";

    /// <summary>「・子育て（15件）: 児童手当、保育園の申込み など」: a field with its count and its first few procedures.</summary>
    public static string FieldLine(string field, int count, IReadOnlyList<string> names) =>
        $"・{field}（{count}件）: {string.Join("、", names.Take(3))}{(names.Count > 3 ? " など" : "")}";
}
