namespace DxBot.Search;

/// <summary>
/// What kind of answer a question asks for, from its question words: 「いつまで」 wants a period, 「誰が」 an office,
/// 「とは」 a definition. Question words carry no topic (they are not coverage units), but the entries that answer such
/// questions share a vocabulary, so that vocabulary is added to the query at a low weight to break ties between
/// entries that cover the topic equally.
/// </summary>
internal static partial class QuestionHints
{
    // Checked in order; the first pattern found for a hint group adds its words. Patterns are NFKC, as typed.
    private static readonly (string[] Patterns, string Words, string[]? With)[] Groups =
    [
        // Whether it still runs in a year to come (「令和9年になってもまだ続いてる？」) asks the period too.
        (["いつまで", "何年間", "期間", "何年度まで", "何年まで", "何年計画", "まだ続", "続いてる", "続いている", "続きますか"], "計画期間 期間 年度", null),
        (["いつから", "始め", "始まっ", "開始", "スタート"], "開始 策定 年度 宣言", null),
        (["いつ頃", "いつごろ", "いつ", "時期"], "年度 時期 予定", null),
        (["誰が", "だれが", "誰", "担当", "責任者", "どこの課", "どの課", "部署", "体制", "どこが", "取りまとめ", "中心になって"], "担当 体制 推進 本部 責任", null),
        // Afraid that everything goes online (「全部スマホだけになっちゃうの？」「窓口がなくなったら困る」): what the plan
        // says of keeping the counter beside the online ways.
        (["全部オンライン", "全部ネット", "全部スマホ", "スマホだけ", "ネットだけ", "オンラインだけ", "窓口がなくな", "窓口なくな", "窓口はなくな", "窓口は残", "顔を見て", "顔をみて", "対面で"],
            "対面 窓口 組み合わせ 取り残さ", null),
        // Which office handles it (「担当はどこの部署ですか」): the office residents contact, named in the contact entries.
        (["担当部署", "担当課", "担当の課", "担当の部署", "担当はどこ", "どこの部署", "どの部署", "どこの課", "どの課", "何課"], "問い合わせ 連絡先 担当課 担当部署", null),
        // Why (なぜ) is answered by the background — the problems the plan answers — more than by its aims; what for
        // (何のため) by its aims.
        (["なんで", "なぜ", "どうして", "理由"], "背景 理由 課題 必要", null),
        (["何のため", "なんのため"], "目的 背景", null),
        (["問い合わせ", "問合せ", "連絡先", "電話番号", "電話"], "問い合わせ 連絡先 電話", null),
        (["とは", "って何", "ってなに", "意味", "用語"], "とは 用語 意味", null),
        (["考え方", "方針", "理念", "指針", "目指"], "方針 指針 理念 基本", null),
        // What the city wants to become (「DXでどんな市役所になりたいの？」「めざしてる市の姿は？」): its vision, not what DX means.
        (["になりたい", "どんな市役所", "どんな市に", "どんなまち", "市の姿", "どんな姿", "将来像", "めざして", "めざす"], "目指す 姿 ビジョン 理念 将来像", null),
        (["どのくらい", "どれくらい", "いくつ", "何件", "何%", "何パーセント", "何時間", "目標"], "目標 件数 割合 年度", null),
        // A resident afraid of doing things online (「インターネットで申請するのは危なくないか心配」「すまほで てつづき
        // するのは こわい」) is answered by what the plan says of safety and of easing the worry.
        // Only when it is about doing or using something: a parent worried about a child's safety on the net is not.
        (["心配", "不安", "怖い", "こわい", "恐い", "危な", "あぶな"], "不安 安全 安心",
            ["申請", "しんせい", "手続", "てつづき", "スマホ", "すまほ", "スマートフォン", "使え", "つかえ", "使い", "つかい", "置いてかれ", "おいてかれ"]),
        // Asked who will teach (「使い方を教えてくれるとこある？」「おしえて くれますか」): the course or the support offered.
        // A plain 「教えて」 asks to be told something (「基本方針3つを教えて」), not taught; 「使い方」 alone names what is
        // asked about (it found 対馬市's table of measures over the line naming its ICT講座).
        (["教えてくれ", "教えてもら", "おしえてくれ", "おしえて くれ", "おしえてもら", "おしえて もら", "教わ", "おそわ", "習え", "習い", "ならえ"], "講座 教室 使い方 支援", null),
        // Paying with a phone, a card or online (「スマホで市の支払いとかできる？」) is what the plans call キャッシュレス決済.
        (["支払", "払え", "払う", "払い", "払わ", "はらえ", "はらう"], "キャッシュレス 決済",
            ["スマホ", "すまほ", "スマートフォン", "カード", "ペイ", "アプリ", "電子マネー", "ネットで", "オンラインで"]),
        (["一覧", "全部", "すべて", "全て", "何がある", "どんなものがある", "種類", "2つ", "3つ", "4つ", "5つ", "6つ", "7つ", "8つ", "9つ"], "一覧 全体 体系", null),
    ];

    public static string? For(string question)
    {
        var text = question.Normalize(System.Text.NormalizationForm.FormKC);
        var words = Groups.Where(g => g.Patterns.Any(p => text.Contains(p, StringComparison.Ordinal) && !(p == "って何" && CountAfter().IsMatch(text)))
                && (g.With is null || g.With.Any(w => text.Contains(w, StringComparison.Ordinal))))
            .Select(g => g.Words).ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    // 「計画って何年まで？」「って何件？」 ask a period or a count, not what a word means.
    [System.Text.RegularExpressions.GeneratedRegex("って何[年月日件人回%時分歳枚個]")]
    private static partial System.Text.RegularExpressions.Regex CountAfter();
}
