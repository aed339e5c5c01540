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

        var name = procedure.Name;
        var via = procedure.Via is { Length: > 0 } v ? (v.EndsWith('で') ? v : v + "で") : null;
        var statement = procedure.Status switch
        {
            ProcedureStatus.Planned => $"{name}は、{Deadline(procedure.Target)}{via}オンライン化する計画です。",
            ProcedureStatus.Online when via is not null => $"{name}は、{via}オンラインで手続できると計画に記載されています。",
            ProcedureStatus.Online => $"{name}は、オンラインで手続できると計画に記載されています。",
            ProcedureStatus.NotOnline => $"{name}は、計画の時点ではオンライン化されていません。",
            _ => $"{name}のオンライン化について、計画には記載がありません。",
        };
        return procedure.Note is { Length: > 0 } note ? statement + note : statement;
    }

    private static string Deadline(string? target) =>
        target switch
        {
            null or "" => string.Empty,
            _ when target.EndsWith("までに", StringComparison.Ordinal) => target,
            _ when target.EndsWith("まで", StringComparison.Ordinal) => target + "に",
            _ => target + "までに",
        };
}
