using DxBot.Knowledge.Model;

namespace DxBot.Knowledge;

/// <summary>
/// Writes what a city's plan says about a procedure as one polite sentence. A planned procedure is always worded
/// as the plan's target, never as something residents can do today.
/// </summary>
public static class ProcedureSentence
{
    public static string Describe(CityProcedure procedure)
    {
        if (procedure.IsOverview && procedure.Note is { Length: > 0 } overview)
        {
            return overview;
        }

        if (procedure.Status == ProcedureStatus.Unknown && procedure.Note is { Length: > 0 } said)
        {
            // No status, but the plan says something about it (「検討しています」): that, not 「記載がありません」.
            return $"{procedure.Name}については、{said}";
        }

        var name = procedure.Name;
        var via = procedure.Via is { Length: > 0 } v && v != "オンライン" ? (v.EndsWith('で') ? v : v + "で") : null;
        var statement = procedure.Status switch
        {
            // A payment (eLTAX, cashless at the counter) is made possible, not "put online".
            ProcedureStatus.Planned when IsPayment(name) => $"{name}は、{Deadline(procedure.Target)}{via}できるようにする計画です。",
            ProcedureStatus.Planned => $"{name}は、{Deadline(procedure.Target)}{via}オンライン化する計画です。",
            ProcedureStatus.Online when via is not null => $"{name}は、{via}オンラインで手続できると計画に記載されています。",
            ProcedureStatus.Online => $"{name}は、オンラインで手続できると計画に記載されています。",
            ProcedureStatus.NotOnline => $"{name}は、計画の時点ではオンライン化されていません。",
            _ => $"{name}のオンライン化について、計画には記載がありません。",
        };
        return procedure.Note is { Length: > 0 } note ? statement + note : statement;
    }

    private static bool IsPayment(string name) =>
        PaymentWords.Any(w => name.Contains(w, StringComparison.Ordinal));

    private static readonly string[] PaymentWords = ["決済", "納付", "収納"];

    // 「令和7年度までに」「令和5年度中に」「2022年度以降に」「2021〜2025年度にかけて」: the target as the plan words it.
    private static string Deadline(string? target) =>
        target switch
        {
            null or "" => string.Empty,
            _ when target.EndsWith("までに", StringComparison.Ordinal) => target,
            _ when target.EndsWith("まで", StringComparison.Ordinal) => target + "に",
            _ when target.EndsWith('中') || target.EndsWith("以降", StringComparison.Ordinal) || target.EndsWith('末') => target + "に",
            _ when target.Contains('〜') => target + "にかけて",
            _ when target.Contains("まで", StringComparison.Ordinal) => target + "に",
            _ => target + "までに",
        };
}
