namespace DxBot.Channels.Line;

/// <summary>What the channel itself says to residents (polite Japanese), kept together for review.</summary>
internal static class LineTexts
{
    public const string TextOnly =
        "申し訳ありません。スタンプ・画像・動画・音声・位置情報・ファイルには対応しておりません。\nご質問は文字（テキスト）でお送りください。";

    public const string TurnFailed =
        "申し訳ありません。ただいまお答えを用意できませんでした。\nお手数ですが、しばらくしてからもう一度お試しください。";

    public const string Greeting =
        "友だち追加ありがとうございます。\n市のDX（デジタル化）の取り組み、マイナンバーカード、オンラインでできる手続き、スマホ・デジタル相談会についてお答えします。\n下のボタンを選ぶか、ご質問を文字でお送りください。";

    public const string Truncated = "（文字数の上限のため、続きは省略しました。）";

    public static readonly IReadOnlyList<string> GreetingChoices =
    [
        "マイナンバーカードについて",
        "オンラインでできる手続き",
        "スマホ・デジタル相談会",
        "市のDX計画について",
    ];
}
