using DxBot.Dialogs.Answers;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Topics.KnowledgeAnswer;

/// <summary>What the bot says when it answers from the plans, or cannot.</summary>
public static class KnowledgeAnswerStrings
{
    public const string NotFoundOpening = AnswerStrings.NotFoundOpening;

    public const string Related = "関連する情報:";

    public static string NotFound(CityProfile city, string office)
    {
        return $"{NotFoundOpening}\nこのボットは{city.Name}のDX推進計画とマイナンバーカード・オンライン手続きについてお答えしています。" +
               $"お手数ですが、{office}にお問い合わせください。";
    }
}
