namespace DxBot.Dialogs.Routing;

/// <summary>
/// The words that decide a route. Kept apart from the logic so staff reviewing a mis-route can read them;
/// all in normalized form (NFKC, lower case).
/// </summary>
internal static class RouterVocabulary
{
    public static readonly string[] CardWords = ["マイナンバーカード", "マイナカード", "個人番号カード", "マイナ保険証", "電子証明書", "暗証番号"];

    /// <summary>My Number topics, in the order the menu offers them, with the words that select each.</summary>
    public static readonly (string Topic, string[] Words)[] CardTopics =
    [
        ("紛失", ["なくし", "無くし", "失くし", "紛失", "盗ま", "盗難", "落とし", "見つからな", "一時停止", "再発行", "再交付"]),
        ("暗証番号", ["暗証番号", "パスワード", "ロック", "pin", "忘れ"]),
        ("更新", ["更新", "有効期限", "期限切れ", "期限が"]),
        ("受取", ["受け取", "受取", "交付通知", "取りに", "受けと", "受領"]),
        ("使いみち", ["何ができ", "なにができ", "使い道", "使いみち", "使える", "できること", "保険証", "メリット", "使い方", "利用でき", "便利", "役に立", "いいこと", "良いこと", "いい事", "得する", "お得", "意味ある", "意味があ", "利点", "何がいい", "なにがいい", "何が良い", "サービスは増え", "サービスが増え"]),
        ("申請", ["申請", "作りたい", "作る", "作り方", "つくり", "取得したい", "申し込", "手伝", "サポート"]),
    ];

    /// <summary>Questions about figures and plans: answered from the plan, not from the how-to guides.</summary>
    public static readonly string[] PlanWords =
    [
        "率", "目標", "kpi", "kgi", "件数", "実績", "割合", "いつまで", "何件", "何時間", "何%", "何パーセント", "予算",
        "計画期間", "スケジュール", "ロードマップ", "普及", "枚数", "何枚", "推移", "見込",
    ];

    /// <summary>
    /// Asking what something is: a definition from the knowledge, not a topic's menu. 「とは」 and 「って何」 only as
    /// TopicRouter reads them: 「ずっとは教えられない」 and 「計画って何年まで？」 ask no definition.
    /// </summary>
    public static readonly string[] DefinitionWords = ["の意味", "ってどういう意味"];

    /// <summary>
    /// Asking about a procedure's amount or conditions, not whether it is online: the plans do not say, so the
    /// knowledge answers or the bot says it does not know.
    /// </summary>
    public static readonly string[] NotAboutOnlineWords =
    [
        "いくら", "金額", "何円", "支給日", "振り込", "振込", "所得制限", "もらえる額", "対象になる", "条件", "締め切り", "締切", "しめきり",
    ];

    /// <summary>
    /// About today's state of a counter or a booking (空いてる？混んでる？どれくらい待つ？) or about one resident's own case
    /// (いつ振り込まれる？調べてもらえる？): no plan says, so the knowledge route answers only if an entry does, and
    /// otherwise the bot gives the contact.
    /// </summary>
    public static readonly string[] LiveStateWords =
    [
        "空いて", "空き状況", "空きあ", "混んで", "混雑", "待ち時間", "どれくらい待", "どのくらい待", "何分待", "何時間待", "何人待", "何分くらい", "何分ぐらい", "何分程度", "何分かか",
        "振り込まれ", "振込日", "調べてもらえ", "調べてくれ", "調べていただけ",
    ];

    /// <summary>
    /// Asking what the city intends (予定・計画・なんとかなる): about the plan, never about today's state. Digitising itself
    /// and what it changes (「デジタル化したら何か変わるの？」) name no subject either: the resident's story before it does.
    /// </summary>
    public static readonly string[] IntentionWords =
    [
        "予定", "計画", "考えて", "取り組", "取組", "なんとか", "何とか", "改善", "減ら", "なくな", "短く", "目指", "これから", "今後", "将来",
        "ようになら", "ようになる", "ようになり", "ようにして", "デジタル化", "dx", "変わ", "便利に", "へらす", "へらし", "へらせ", "する気", "気ある", "気はある", "つもりは", "つもりある",
    ];

    /// <summary>Words asking what the city does about something (「なんか対策してる？」「市は何か工夫してるの？」).</summary>
    public static readonly string[] CityMeasureWords = ["対策", "工夫し", "手を打", "取り組んで", "取り組み", "取組", "市は何を", "市はなにを", "市では何を", "ために何を", "ためになにを"];

    /// <summary>Words of a procedure, online or not: a device struggled with for one (「スマホで申請できない」) is about the procedure.</summary>
    public static readonly string[] ProcedureWords =
    [
        "オンライン", "電子申請", "ネット申請", "ぴったりサービス", "マイナポータル", "手続", "申請", "届出", "届け出", "証明書", "住民票", "納付", "支払",
    ];

    /// <summary>Paying the city (fees, taxes, charges): the plans' payment measures, not a procedure's application.</summary>
    public static readonly string[] PaymentWords = ["払え", "払う", "払い", "支払", "納付", "納め", "納税", "決済"];

    /// <summary>Devices residents struggle with, and the words of that struggle: together they ask for the support programmes.</summary>
    public static readonly string[] DeviceWords = ["スマホ", "スマートフォン", "携帯", "ケータイ", "パソコン", "タブレット", "ネット"];

    /// <summary>The devices among <see cref="DeviceWords"/>: 「ネット」 is the internet, not a device someone is helped to use.</summary>
    public static readonly string[] HandheldDeviceWords = [.. DeviceWords.Where(d => d != "ネット")];

    public static readonly string[] StruggleWords =
    [
        "使い方", "操作", "わから", "分から", "さっぱり", "教えて", "教えても", "教わ", "苦手", "困って", "困る", "不安", "できない", "助けて", "手伝",
        "使いきらん", "使いきれ", "使いこなせ", "使えん", "使えな", "使えません",
    ];

    /// <summary>
    /// Asking someone to help (「市でなんか手伝ってくれることある？」): with a device struggled with, the support programmes
    /// are meant even when the story names the procedure that was too hard (「オンラインの申請とか絶対無理」).
    /// </summary>
    public static readonly string[] HelpRequestWords =
    [
        "手伝ってくれ", "手伝ってもらえ", "手伝って貰え", "助けてくれ", "助けてもらえ", "たすけてくれ", "たすけてもらえ", "教えてくれ", "教えてもらえ", "教えに来", "サポートして", "相談に乗", "何かしてくれ", "なにかしてくれ", "そういう人のため",
    ];

    /// <summary>
    /// Whether the counter stays beside the online way (「全部スマホだけになっちゃうの？窓口がなくなったら困る」「オンラインと窓口
    /// どっちでも」): the plan's answer is how it combines the two, not the lessons, whatever struggle the message tells.
    /// </summary>
    public static readonly string[] ChannelChoiceWords =
    [
        "窓口がなくな", "窓口なくな", "窓口はなくな", "窓口もなくな", "窓口が無くな", "どっちでも", "どちらでも", "スマホだけ", "ネットだけ", "オンラインだけ", "と窓口どっち", "と窓口どちら",
        "どちらのやり方", "どっちのやり方", "やり方も選べ", "どちらも選べ", "どっちも選べ", "両方選べ", "両方から選べ",
        "窓口は残", "窓口が残", "窓口も残", "窓口でやってもらうのは", "窓口で手続きできなくな", "窓口はなくならな", "窓口がなくならな",
        "窓口で相手", "対面でも", "対面で手続き", "窓口でも手続き", "窓口で手続きしたい", "なんでもオンライン", "何でもオンライン", "全部オンラインに",
        "なんでもネット", "何でもネット", "オンラインばっか", "オンラインばかり", "オンラインだらけ",
        "窓口をなくし", "窓口を廃止", "窓口は廃止", "窓口が廃止", "全部スマホで", "全部ネットで", "すべてスマホで", "すべてネットで",
        "手続きできなくな", "手続きができなくな", "手続きが出来なくな", "手続き出来なくな",
        // 「窓口ってどうなっちゃうの？全部ネットになって、対面で相談できなくなったら困る」.
        "全部ネットに", "全部スマホに", "すべてネットに", "対面で相談できなくな", "対面でできなくな", "役所の窓口ってどうな", "役所の窓口はどうな", "役場の窓口ってどうな", "役場の窓口はどうな",
    ];

    /// <summary>
    /// School words: children taught at school (「学校で教えてくれる？」, 情報モラル教育) are the plan's education measures,
    /// not the support programmes for residents who struggle with a device.
    /// </summary>
    public static readonly string[] SchoolWords = ["学校", "授業", "生徒", "児童生徒", "教育委員会"];

    /// <summary>A question about one aspect of doing things online (安全か, スマホでもいいか): a search, not the overview.</summary>
    public static readonly string[] ParticularQuestionWords =
    [
        "どうやって", "どうして", "なぜ", "なんで", "大丈夫", "安全", "心配", "不安", "ないと", "でもいける", "でもでき", "なりすまし",
        // Those who cannot do it online (「オンラインの手続きができない人はどうしたらいい？」): the care for them, not the overview.
        "できない人", "できない方", "できないひと", "使えない人", "使えない方", "使えないひと",
        // How many use it (「いんたーねっと つかってる ひとって いま どのくらい いるの」): a rate the knowledge gives.
        "人ってどのくらい", "人ってどれくらい", "人はどのくらい", "人はどれくらい", "どのくらいの人", "どれくらいの人", "何割", "割合", "利用率",
    ];

    /// <summary>
    /// Whether personal data is safe (「個人情報がもれないか心配」「悪用されない？」): asked of the card, a question the
    /// knowledge answers, not one of the card's how-to topics.
    /// </summary>
    public static readonly string[] SafetyWords =
    [
        "個人情報", "プライバシー", "漏れ", "もれない", "もれる", "もれた", "漏えい", "漏洩", "流出", "悪用", "不正利用", "乗っ取", "なりすまし", "セキュリティ", "危ない", "危険", "安全",
    ];

    /// <summary>
    /// Whether holding the card brings something (「つくると なにか もらえますか」「特典は？」), or what is written on it:
    /// questions the knowledge answers, not one of the card's how-to topics. Matched without spaces.
    /// </summary>
    public static readonly string[] CardKnowledgeWords =
    [
        "何かもらえ", "なにかもらえ", "なんかもらえ", "何がもらえ", "なにがもらえ", "もらえるもの", "特典", "お得", "おとく", "得する", "とくする", "ポイントがもらえ",
        // What is written on the card (「マイナンバーカードにはどんなことが書かれていますか」), no how-to topic either.
        "書かれて", "書いてあ", "載って", "記載", "表面", "裏面", "表側", "裏側",
        // Whether one must have it (「作らないとだめなの？」): the guide on its being optional, and what the city aims for.
        "作らないと", "作らなきゃ", "作らなくて", "つくらないと", "つくらなきゃ", "つくらなくて", "持たないと", "持たなきゃ", "持たなくて",
        "作る必要", "持つ必要", "必ず作", "義務", "任意", "市はどうしたい", "市はどう考え",
    ];

    public static readonly string[] SupportWords =
    [
        "スマホ教室", "スマホ講座", "スマートフォン教室", "スマートフォン講座", "講座", "教室", "体験会", "相談会", "勉強会",
        // 苦手 alone is no struggle with a device (「申請書書くのほんと苦手」 wants the 書かない窓口); with a device it is one
        // (DeviceWords and StruggleWords), and so with these.
        "デジタル活用支援", "デジタルが苦手", "デジタルは苦手", "デジタル苦手", "機械が苦手", "機械は苦手", "機械苦手", "itが苦手", "it苦手", "苦手な方", "苦手な人", "苦手な高齢", "不慣れ", "使い方を教", "使い方がわから", "デジタルデバイド", "デジタル格差", "高齢者向け", "シニア向け",
        "ict講座", "パソコン教室", "習いたい", "学びたい", "デジタル推進委員", "慣れてな", "慣れていな",
        "置いていかれ", "置いてかれ", "置いてけぼり", "置き去り", "取り残され", "ついていけな", "ついていけん", "ついていけま", "ついていけず",
    ];

    public static readonly string[] OnlineWords =
    [
        "オンライン", "電子申請", "ネットで", "ネットから", "ネット申請", "インターネット", "スマホで", "スマホから", "スマートフォンで", "パソコンで", "パソコンから",
        "ぴったりサービス", "マイナポータル", "webで", "ウェブで", "家から", "自宅から", "窓口に行かず", "行かずに",
    ];

    /// <summary>Words that say nothing about which procedure: what is left after removing them tells if one was named.</summary>
    public static readonly string[] GenericOnlineWords =
    [
        "オンライン", "電子申請", "インターネット", "ネット", "スマートフォン", "スマホ", "パソコン", "ぴったりサービス", "マイナポータル",
        "手続き", "手続", "申請", "届出", "届け出", "できるようになりますか", "できるようになります", "できますか", "できる", "でき",
        "知りたい", "教えてください", "教えて", "について", "どのような", "どんな", "どの", "どれ", "なに", "何", "もの", "こと", "ように",
        "なりますか", "なります", "ありますか", "ある", "一覧", "種類", "ですか", "ます", "です", "から", "では", "には", "は", "が", "を",
        "で", "に", "の", "か", "も", "と", "web", "ウェブ", "家", "自宅", "市", "市役所", "役所",
        "これから", "今後", "現在", "今", "将来", "予定", "増える", "増えます", "増え", "増やす", "いくつ", "何件", "件数", "全部", "全て", "すべて",
    ];

    /// <summary>Words a follow-up wraps its aspect in (「申し込み方法を教えて」): they name no new subject.</summary>
    public static readonly string[] FollowUpFillers =
    [
        "方法", "仕方", "やり方", "大丈夫", "可能", "全部", "全て", "合計", "合わせて", "教えて", "知りたい", "確認", "具体的", "それって", "それは", "それも", "そこ", "あそこ", "です", "ます",
        // How a figure is asked (「最終的にはいくつまで増やすの？」「いくつまで増やす予定？」「何手続くらいにするつもり？」): the
        // verb, the adverb and the intention name no new subject.
        "最終的", "最後", "結局", "増や", "減ら", "予定", "つもり",
        // 「今後の目標は？」 after the present state of AI: when is asked of the same subject, not a new one.
        "今後", "これから", "将来",
        // 「何個くらいの手続きが対象？」 after a procedure: every answer here is about 手続き, so it names no new subject.
        "手続き", "手続",
        // 「比較の基準はいつの年度？」: a year is what is asked, not what about.
        "年度",
    ];

    public static readonly string[] MenuWords = ["ヘルプ", "help", "メニュー", "menu", "使い方", "こんにちは", "こんばんは", "おはようございます", "はじめまして", "はじめに", "何ができますか", "なにができますか", "?", "？"];

    /// <summary>Thanks and acknowledgements (exact, after trimming 。！ and spaces): answered politely, never searched.</summary>
    public static readonly string[] AcknowledgementWords =
    [
        "どうも", "了解", "了解です", "了解しました", "わかりました", "分かりました", "承知しました", "はい", "いいえ", "ok", "おk",
        "オッケー", "すみません", "なるほど",
    ];

    /// <summary>Thanks, within a short message that asks nothing (ありがとうございました！, 助かりました).</summary>
    public static readonly string[] ThanksWords = ["ありがと", "助かりま", "助かった", "サンキュー", "thank", "感謝"];

    // 「別の市にしたい」 changes the city; 「友だちが住んでいる別の市ではもうできる」 tells of another city in a question about this one.
    public static readonly string[] ChangeCityWords = ["市を変更", "市を変え", "別の市に", "別の市を", "別の市について", "別の市のこと", "市の変更", "市を選び直", "市を選択"];

    /// <summary>The import command (a file attached), alone or followed by the city: 「インポート handa」. Declared before <see cref="AdminCommands"/>, which uses it.</summary>
    public static readonly string[] ImportWords = ["import", "インポート", "取り込み", "取込"];

    /// <summary>Staff commands (exact match).</summary>
    public static readonly (string Command, string[] Words)[] AdminCommands =
    [
        ("reindex", ["reindex", "再索引", "再インデックス"]),
        ("unanswered", ["unanswered", "未回答", "未回答一覧"]),
        ("import", ImportWords),
    ];
}
