namespace DxBot.Knowledge.Tests.Loading;

/// <summary>Small but complete knowledge files, one of each format, for the loader tests.</summary>
internal static class SampleKnowledge
{
    public const string HandaCity = """
        id: handa
        name: 半田市
        prefecture: 愛知県
        aliases: [半田, はんだ]
        plan:
          title: 半田市DX推進計画
          published: 令和4年3月
          period: 令和4年度〜令和7年度
          seed: 003_90407a0ea37bdcdb.txt
        contacts:
          - department: 総務部 企画課
            phone: 0569-00-0000
            topics: [dx, procedures]
          - department: 市民課
            topics: [mynumber]
        """;

    public const string TsushimaCity = """
        id: tsushima
        name: 対馬市
        prefecture: 長崎県
        plan:
          title: 対馬市DX推進計画
        contacts:
          - department: デジタル推進課
        """;

    public const string HandaOnline = """
        ---
        city: handa
        topic: online
        audience: resident
        ---
        ## 住民票などのコンビニ交付
        マイナンバーカードがあれば、住民票の写しを全国のコンビニで取得できます。
        ### 取れる証明書
        住民票の写しと印鑑登録証明書です。
        出典: 第三章1(1)(イ)
        キーワード: コンビニ交付、証明書, 住民票
        分類: 受取

        ## オンライン申請の拡充
        市は、パソコンやスマートフォンから申請できる手続を増やす計画です。
        出典：第三章1(1)(ア)
        """;

    public const string MyNumberGuide = """
        ---
        topic: mynumber
        ---
        # マイナンバーカードの案内
        ## 暗証番号を忘れたとき
        暗証番号の再設定は、お住まいの市区町村の窓口でできます。
        分類: 暗証番号
        出典: デジタル庁 マイナンバーカード総合サイト
        """;

    public const string Catalog = """
        id,category,name,aliases,authority
        child-allowance-status,子育て,児童手当等の現況届,児童手当|現況届,municipality
        care-certification,介護,要介護・要支援認定の申請,要介護認定|介護認定,municipality
        car-garage,自動車保有,自動車の保管場所証明の申請,車庫証明|保管場所証明,prefecture
        """;

    public const string HandaProcedures = """
        procedure,name,status,target,via,note,source
        *,,planned,令和7年度,,手続のオンライン化率を令和7年度に100%にすることを目標にしています。,第四章 1
        child-allowance-status,,planned,令和7年度,マイナポータル（ぴったりサービス）,,6 No.3
        care-certification,,online,,市の電子申請システム,,6 No.4
        ,住民票の写しの請求,not_online,,,"手数料の電子決済ができないため、オンライン化していません。",取組施策1
        ,犬の登録,unknown,,,,
        """;

    public const string HandaSupport = """
        programs:
          - title: スマホ教室
            kind: 講座
            description: 高齢の方を中心に、スマートフォンの使い方を学べる講座を開く計画です。
            partners: [携帯電話事業者]
            target: 令和7年度までに年10回開催する計画です
            source: 第三章1(2)(イ)
        sessions:
          - program: スマホ教室
            date: 2026-12-05
            time: "10:00〜12:00"
            venue: 市役所 本庁舎 会議室
            contact: 企画課 0569-00-0000
            note: 予約制
          - program: スマホ教室
            date: 2027-01-16
            venue: 市民交流センター
        """;

    public const string Synonyms = """
        # first word is the canonical form
        マイナンバーカード,マイナカード,個人番号カード

        コンビニ交付、コンビニ証明
        """;

    /// <summary>A folder with one city and every format, which loads without errors.</summary>
    public static TempKnowledgeFolder CreateValid()
    {
        var folder = new TempKnowledgeFolder();
        folder.Write("README.md", "# Knowledge\n## not an entry\n")
            .Write("cities/handa/city.yaml", HandaCity)
            .Write("cities/handa/online.md", HandaOnline)
            .Write("cities/handa/procedures.csv", HandaProcedures)
            .Write("cities/handa/support.yaml", HandaSupport)
            .Write("procedures/catalog.csv", Catalog)
            .Write("mynumber/guide.md", MyNumberGuide)
            .Write("synonyms.txt", Synonyms);
        return folder;
    }
}
