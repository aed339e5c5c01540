using DxBot.Dialogs.Answers;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Topics.KnowledgeAnswer;

/// <summary>What the bot says when it answers from the plans, or cannot.</summary>
public static class KnowledgeAnswerStrings
{
    public const string NotFoundOpening = AnswerStrings.NotFoundOpening;

    public const string Related = "関連する情報:";

    /// <summary>The plan's own period, from the city's profile: what 「それっていつまでの計画？」 asks of the plan.</summary>
    public static string PlanPeriod(PlanInfo plan, string period, DateOnly? endedOn, string office) =>
        $"【{plan.Title}の期間】\n{plan.Title}の期間は、{period}です。" + EndedAndSource(plan, endedOn, office);

    /// <summary>The end of the plan a resident offered, confirmed or corrected by the period.</summary>
    public static string PlanEndConfirmed(PlanInfo plan, string period, bool confirmed, DateOnly? endedOn, string office) =>
        $"【{plan.Title}の期間】\n{(confirmed ? "はい" : "いいえ")}、{plan.Title}の期間は{period}です。" + EndedAndSource(plan, endedOn, office);

    /// <summary>
    /// The plan's period and when it was published or revised, from the city's profile (<see cref="Answers.PlanFacts"/>).
    /// </summary>
    public static string PlanFacts(PlanInfo plan, DateOnly? endedOn, string office) =>
        $"【{plan.Title}の計画期間・策定時期】\n" +
        (plan.Period is { Length: > 0 } period ? $"{plan.Title}の計画期間は、{period}です。" : "") +
        (plan.Published is { Length: > 0 } published ? $"策定（公表）は{published}です。" : "") + EndedAndSource(plan, endedOn, office);

    // Where the period has ended, that it has and where to ask about the next plan; then the plan as the source.
    private static string EndedAndSource(PlanInfo plan, DateOnly? endedOn, string office) =>
        (endedOn is { } end ? $"\n※この期間は{end.Year}年{end.Month}月に終わっています。いまの計画や次の計画については{office}でご確認ください。" : "") +
        $"\n{AnswerFormatter.SourcePrefix}{plan.Title}";

    public static string NotFound(CityProfile city, string office)
    {
        return $"{NotFoundOpening}\nこのボットは{city.Name}のDX推進計画とマイナンバーカード・オンライン手続きについてお答えしています。" +
               $"お手数ですが、{office}にお問い合わせください。";
    }
}
