using DxBot.Knowledge.Model;

namespace DxBot.Search.Tests;

/// <summary>A small knowledge base in the shape of the real one: two cities and national My Number content.</summary>
internal static class TestKnowledge
{
    public const string RateEntry = "tsushima-mynumber-rate";
    public const string HandaRateEntry = "handa-mynumber-rate";
    public const string KonbiniEntry = "national-konbini";
    public const string PittariEntry = "national-pittari";
    public const string PinEntry = "national-pin";
    public const string PlanPeriodEntry = "tsushima-plan-period";

    public static IReadOnlyList<IReadOnlyList<string>> Synonyms { get; } =
    [
        ["マイナンバーカード", "マイナカード", "個人番号カード"],
        ["スマホ", "スマートフォン"],
        ["スマホ教室", "スマートフォン教室", "スマホ講座"],
        ["パソコン", "PC"],
        ["暗証番号", "PIN"],
        ["手続", "手続き"],
    ];

    public static KnowledgeBase Create(params KnowledgeEntry[] extra) => new()
    {
        Cities = new Dictionary<string, CityProfile>
        {
            ["tsushima"] = new("tsushima", "対馬市", "長崎県", new PlanInfo("対馬市DX推進計画")) { Aliases = ["対馬", "つしま"] },
            ["handa"] = new("handa", "半田市", "愛知県", new PlanInfo("半田市DX推進計画")) { Aliases = ["半田", "はんだ"] },
        },
        Entries = [.. Entries(), .. extra],
        Synonyms = Synonyms,
        FileCount = 5,
    };

    public static KnowledgeEntry Entry(string id, string? city, string topic, string title, string body, params string[] keywords) =>
        new(id, title, body, new Citation(city is null ? "デジタル庁 マイナンバーカード総合サイト" : $"{city} DX推進計画", "第一章"))
        {
            CityId = city,
            Topic = topic,
            Keywords = keywords,
            File = city is null ? "mynumber/guide.md" : $"cities/{city}/test.md",
            Line = 1,
        };

    private static IEnumerable<KnowledgeEntry> Entries()
    {
        yield return Entry(RateEntry, "tsushima", "mynumber", "マイナンバーカードの取得率の目標",
            "対馬市は、令和4年度末までにマイナンバーカードの取得率が長崎県平均を上回ることを目標にしています。",
            "取得率", "交付率", "普及率") with { Category = "普及" };
        yield return Entry("tsushima-mynumber-schedule", "tsushima", "mynumber", "マイナンバーカード普及促進のスケジュール",
            "令和4年度にカードの普及促進に取り組み、令和5年度から令和7年度までは引き続き普及を進める計画です。",
            "いつまで", "予定") with { Category = "普及" };
        yield return Entry("tsushima-smartphone-class", "tsushima", "support", "スマホ教室の開催",
            "スマートフォンの使い方を学べる教室を、市内の公民館で開く計画です。デジタル機器が苦手な方も参加できます。",
            "講座", "高齢者", "使い方");
        yield return Entry("tsushima-online-childcare", "tsushima", "online", "子育て関係のオンライン手続",
            "児童手当の認定請求や保育施設の利用申込などを、マイナポータルからオンラインで申請できるようにする計画です。",
            "児童手当", "保育園", "ネット申請");
        yield return Entry("tsushima-telework", "tsushima", "organization", "テレワークの推進",
            "職員が庁舎の外でも仕事ができるよう、テレワーク用のシステムを導入する計画です。",
            "在宅勤務", "働き方") with { Audience = "staff" };
        yield return Entry(PlanPeriodEntry, "tsushima", "plan", "計画期間",
            "対馬市DX推進計画の期間は、令和4年度から令和7年度までの4年間です。",
            "いつから", "期間");
        yield return Entry(HandaRateEntry, "handa", "mynumber", "マイナンバーカードの交付率の目標",
            "半田市は、令和7年度までにマイナンバーカードの交付率を高めることを目指す計画です。",
            "交付率", "取得率") with { Category = "普及" };
        yield return Entry("handa-smartphone-consult", "handa", "support", "スマホ相談会",
            "スマートフォンの困りごとを相談できる相談会を、携帯電話事業者と協力して開く計画です。",
            "相談", "高齢者");
        yield return Entry(KonbiniEntry, null, "mynumber", "コンビニ交付（住民票の写し・印鑑登録証明書）",
            "マイナンバーカードがあれば、住民票の写しや印鑑登録証明書を全国のコンビニで取得できます。",
            "コンビニ交付", "証明書", "住民票") with { Category = "受取" };
        yield return Entry(PinEntry, null, "mynumber", "暗証番号を忘れたとき",
            "暗証番号を忘れたりロックされたりしたときは、カードを持って市区町村の窓口で再設定します。",
            "パスワード", "ロック") with { Category = "暗証番号" };
        yield return Entry("national-lost", null, "mynumber", "マイナンバーカードをなくしたとき",
            "カードをなくしたときは、すぐにコールセンターに連絡して一時利用停止の手続をしてください。",
            "紛失", "落とした") with { Category = "紛失" };
        yield return Entry(PittariEntry, null, "online", "マイナポータルでのオンライン申請（ぴったりサービス）",
            "マイナポータルのぴったりサービスから、子育てや介護の手続をオンラインで申請できます。",
            "電子申請", "ぴったりサービス");
    }
}
