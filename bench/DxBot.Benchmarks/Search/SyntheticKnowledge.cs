using DxBot.Knowledge.Model;

namespace DxBot.Benchmarks.Search;

/// <summary>A deterministic knowledge base shaped like the real one (5 cities, national entries, synonyms), of any size.</summary>
internal static class SyntheticKnowledge
{
    private static readonly string[] CityIds = ["tsushima", "namegata", "omaezaki", "handa", "goshogawara"];
    private static readonly string[] CityNames = ["対馬市", "行方市", "御前崎市", "半田市", "五所川原市"];
    private static readonly string[] Topics = ["online", "mynumber", "support", "plan", "kpi", "organization"];

    private static readonly string[] Subjects =
    [
        "マイナンバーカードの交付率", "スマホ教室", "児童手当のオンライン申請", "コンビニ交付", "ガバメントクラウドへの移行",
        "テレワークの推進", "情報システムの標準化", "罹災証明書の電子申請", "キャッシュレス決済", "オープンデータの公開",
        "デジタル人材の育成", "セキュリティ研修", "要介護認定の申請", "保育園の入園申込", "暗証番号の再設定",
        "電子証明書の更新", "公金受取口座の登録", "AI・RPAの活用", "書かない窓口", "来庁予約システム",
    ];

    private static readonly string[] Sentences =
    [
        "{0}について、市は令和{1}年度までに取り組む計画です。",
        "{0}は、住民の皆さまの負担を軽くし、窓口に来なくても手続ができるようにすることを目指しています。",
        "国の自治体DX推進計画に沿って、{0}を全庁で進めます。",
        "{0}の具体的な日程は計画には書かれていないため、市の窓口でご確認ください。",
        "デジタル機器が苦手な方にも配慮しながら、{0}を段階的に広げていく方針です。",
        "{0}の目標は、令和{1}年度末までに県平均を上回ることとされています。",
        "職員の業務を効率化し、浮いた時間を相談業務に充てるため、{0}に取り組みます。",
        "{0}では、マイナポータル（ぴったりサービス）を使う想定です。",
    ];

    private static readonly string[][] KeywordPool =
    [
        ["マイナカード", "交付率", "普及"], ["スマホ", "講座", "高齢者"], ["ネット申請", "電子申請"], ["住民票", "証明書"],
        ["クラウド", "移行"], ["在宅勤務", "働き方"], ["標準化", "システム"], ["災害", "被災"], ["キャッシュレス", "電子決済"],
    ];

    public static KnowledgeBase Create(int entries, int seed = 42)
    {
        var random = new Random(seed);
        var list = new List<KnowledgeEntry>(entries);
        for (int i = 0; i < entries; i++)
        {
            int city = random.Next(CityIds.Length + 1);
            var subject = Subjects[random.Next(Subjects.Length)];
            var body = string.Concat(Enumerable.Range(0, random.Next(2, 6))
                .Select(_ => string.Format(Sentences[random.Next(Sentences.Length)], subject, random.Next(4, 9))));
            list.Add(new KnowledgeEntry(
                $"entry-{i:D5}",
                $"{(city < CityIds.Length ? CityNames[city] : "国")}の{subject}（{i}）",
                body,
                new Citation("DX推進計画", $"第{random.Next(1, 8)}章"))
            {
                CityId = city < CityIds.Length ? CityIds[city] : null,
                Topic = Topics[random.Next(Topics.Length)],
                Keywords = KeywordPool[random.Next(KeywordPool.Length)],
            });
        }

        return new KnowledgeBase
        {
            Cities = CityIds.Select((id, k) => new CityProfile(id, CityNames[k], "県", new PlanInfo($"{CityNames[k]}DX推進計画")))
                .ToDictionary(c => c.Id),
            Entries = list,
            Synonyms =
            [
                ["マイナンバーカード", "マイナカード", "個人番号カード"],
                ["スマホ", "スマートフォン"],
                ["電子申請", "オンライン申請", "ネット申請"],
                ["手続", "手続き"],
                ["パソコン", "PC"],
            ],
            FileCount = 30,
        };
    }
}
