namespace DxBot.Import.Tests.Support;

/// <summary>Sentences of 半田市DX推進計画 (shared/seeds/003), the text the test documents are made of.</summary>
internal static class SeedText
{
    public const string Title = "半田市DX推進計画";

    public const string Background1 = "我が国は、少子高齢化やそれに伴う生産年齢人口の低下などの社会的課題が急速に進行しています。";

    public const string Background2 = "一方で、IoT、ロボット、人工知能(AI)、ビッグデータといった社会の在り方に影響を及ぼす新たな技術の進展がめざましく、それらの技術は、我が国が抱える様々な課題の解決に繋がるといわれています。";

    public const string Purpose = "本計画では、デジタル化を手段として、DXを推進することでまちを活性化し、市民生活のあらゆる面で、質や利便性の向上を図ることを目的としています。";

    public const string Period1 = "本計画の対象期間は、国・愛知県の計画との整合性を図るため、令和4年度から令和7年度までの4年間とします。";

    public const string Period2 = "めまぐるしく変化するデジタル技術の進化や、国などの施策を踏まえ、必要に応じて適宜見直しを行います。";

    public const string Online = "市民の誰もが快適にサービスや情報を利用できるよう、行政手続きのオンライン化を中心にデジタル化を推進します。行政手続きのオンライン化が進むことで、24時間365日どこにいても手続きができるようになり、市役所に出向く必要がなくなります。";

    public const string Divide = "スマートフォンの使い方が分からない高齢者などを対象に、携帯電話事業者と連携したスマホ教室を開催し、デジタル格差の解消に取り組みます。";
}
