using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Topics.KnowledgeAnswer;

/// <summary>What the bot says when it answers from the plans, or cannot.</summary>
public static class KnowledgeAnswerStrings
{
    /// <summary>The opening of every "I don't know" reply; the eval recognises a fallback by it.</summary>
    public const string NotFoundOpening = "申し訳ありません。そのご質問にお答えできる情報が見つかりませんでした。";

    public const string Related = "関連する情報:";

    public static string NotFound(CityProfile city, string office)
    {
        return $"{NotFoundOpening}\nこのボットは{city.Name}のDX推進計画とマイナンバーカード・オンライン手続きについてお答えしています。" +
               $"お手数ですが、{office}にお問い合わせください。";
    }
}
