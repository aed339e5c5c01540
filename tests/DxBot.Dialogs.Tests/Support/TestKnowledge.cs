using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Support;

/// <summary>A small knowledge base with two cities, enough to drive every dialog.</summary>
internal static class TestKnowledge
{
    public static KnowledgeBase Create(IReadOnlyList<SupportSession>? sessions = null)
    {
        var handa = new CityProfile("handa", "半田市", "愛知県", new PlanInfo("半田市DX推進計画"))
        {
            Aliases = ["半田"],
            Contacts = [new Contact("デジタル課") { Phone = "0569-00-0000" }],
        };
        var goshogawara = new CityProfile("goshogawara", "五所川原市", "青森県", new PlanInfo("五所川原市DX推進計画"))
        {
            Contacts = [new Contact("DX推進本部")],
        };
        var national = new Citation("マイナンバーカード総合サイト", null);
        var entries = new List<KnowledgeEntry>
        {
            new("guide#1", "マイナンバーカードをなくしたとき", "マイナンバー総合フリーダイヤル（0120-95-0178）に連絡して、カードの一時利用停止をしてください。", national) { Topic = KnowledgeTopics.MyNumber, Category = "紛失" },
            new("guide#2", "マイナンバーカードの申請方法", "スマートフォン、パソコン、郵送、証明用写真機で申請できます。", national) { Topic = KnowledgeTopics.MyNumber, Category = "申請" },
            new("guide#3", "暗証番号を忘れたとき", "住所地の市区町村の窓口で暗証番号を再設定できます。", national) { Topic = KnowledgeTopics.MyNumber, Category = "暗証番号" },
            new("gos#1", "休日のマイナンバーカード受け取り", "五所川原市では土曜日・日曜日に開庁してカードを交付しています。", new Citation("五所川原市DX推進計画", "取組施策3")) { CityId = "goshogawara", Topic = KnowledgeTopics.MyNumber, Category = "受取" },
            new("gos#2", "マイナンバーカードの出張申請", "五所川原市は企業や団体に出向いて申請を受け付ける出張申請を続ける方針です。", new Citation("五所川原市DX推進計画", "取組施策3")) { CityId = "goshogawara", Topic = KnowledgeTopics.MyNumber, Category = "申請" },
            new("guide#4", "マイナンバーカードの受け取り", "交付通知書が届いたら、市区町村の窓口で本人確認のうえ受け取ります。", national) { Topic = KnowledgeTopics.MyNumber, Category = "受取" },
            new("han#1", "マイナンバーカードの交付率", "半田市のマイナンバーカード交付率は令和3年度末で52.2%でした。", new Citation("半田市DX推進計画", "第三章1(1)(イ)")) { CityId = "handa", Topic = KnowledgeTopics.Kpi },
            new("han#2", "保育園の欠席連絡", "半田市は保育園の欠席連絡をオンラインでできるようにする計画です。", new Citation("半田市DX推進計画", "第三章2(2)(イ)")) { CityId = "handa", Topic = KnowledgeTopics.Online },
        };
        return new KnowledgeBase
        {
            Cities = new Dictionary<string, CityProfile> { ["handa"] = handa, ["goshogawara"] = goshogawara },
            Entries = entries,
            Procedures =
            [
                new Procedure("child-allowance-status", "子育て", "児童手当等の現況届", "municipality") { Aliases = ["児童手当", "現況届"] },
                new Procedure("pregnancy", "子育て", "妊娠の届出", "municipality") { Aliases = ["妊娠届"] },
                new Procedure("car-garage", "自動車保有", "自動車保管場所証明の申請", "prefecture") { Aliases = ["車庫証明"] },
            ],
            CityProcedures =
            [
                new CityProcedure("goshogawara", "*", "五所川原市のオンライン手続（全体）", ProcedureStatus.Online, new Citation("五所川原市DX推進計画", "取組施策1")) { Note = "計画の時点で61手続がオンラインで申請できます。" },
                new CityProcedure("goshogawara", "child-allowance-status", "", ProcedureStatus.Planned, new Citation("五所川原市DX推進計画", "取組施策1")) { Target = "令和7年度", Via = "マイナポータル（ぴったりサービス）" },
            ],
            SupportPrograms =
            [
                new SupportProgram("goshogawara", "スマホ体験会", "体験会", "携帯電話事業者と連携してスマートフォンを試せる体験会を行う計画です。", new Citation("五所川原市DX推進計画", "取組施策11")),
                new SupportProgram("goshogawara", "スマホ相談会", "相談会", "使い方の困りごとを相談できる相談会を行う計画です。", new Citation("五所川原市DX推進計画", "取組施策11")),
            ],
            SupportSessions = sessions ?? [],
        };
    }
}
