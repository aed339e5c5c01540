namespace DxBot.Handoff;

/// <summary>What the bot says to staff in Teams about requests.</summary>
public static class HandoffStaffStrings
{
    public const string Unknown = "この問い合わせは見つかりません。保存期間を過ぎて削除されたか、ほかの市の問い合わせです。";

    public const string AnswerMissing = "回答が入力されていません。回答欄に入力してから「回答する」を押してください。";

    public const string DepartmentMissing = "回す先の部署名を入力してから「担当に回す」を押してください。";

    public const string PushFailed = "LINEに回答を送れませんでした。問い合わせは回答待ちのままです。時間をおいてもう一度「回答する」を押してください。";

    public const string Declined = "「回答不要」にしました。住民には、窓口へお問い合わせいただくようお伝えしました。";

    public const string DeclinedNotTold = "「回答不要」にしました。ただし、住民へのお知らせはLINEに送れませんでした。";

    public static string AlreadyHandled(string state) => state switch
    {
        HandoffStates.Answered => "この問い合わせは回答済みです。",
        HandoffStates.Declined => "この問い合わせは「回答不要」になっています。",
        HandoffStates.Expired => "この問い合わせは期限切れで閉じられています。",
        _ => "この問い合わせはすでに対応されています。",
    };

    public static string Answered(string department) =>
        $"回答を「{department}からの回答」として住民のLINEに送りました。同じ質問にボットが答えられるようにするには「ナレッジに追加」を押してください。";

    public static string Forwarded(string department) => $"担当を「{department}」にしました。";

    public static string KnowledgeAdded(string file) => $"ナレッジに追加し、再索引しました（{file}）。次に同じ質問があれば、ボットが答えます。";

    public const string KnowledgeNotAnswered = "回答済みの問い合わせだけをナレッジに追加できます。";

    public const string KnowledgeAlready = "この回答はすでにナレッジに追加されています。";

    public static string KnowledgeRefused(string reason) => $"ナレッジに追加できませんでした：{reason}";

    public static string Reminder(string cityName, string time, string id, string question) =>
        $"【回答待ち】{cityName}の住民からの質問に、まだ回答がありません（受付 {time}、受付番号 {id}）。\n「{question}」";
}
