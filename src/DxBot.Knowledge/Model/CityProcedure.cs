namespace DxBot.Knowledge.Model;

/// <summary>A city's statement on one procedure (a catalog one, or its own when ProcedureId is null).</summary>
public sealed record CityProcedure(string CityId, string? ProcedureId, string Name, ProcedureStatus Status, Citation Source)
{
    /// <summary>The plan's target year when Status is Planned (e.g. 令和7年度).</summary>
    public string? Target { get; init; }

    /// <summary>Where it is done: マイナポータル（ぴったりサービス）, the city's 電子申請, コンビニ交付…</summary>
    public string? Via { get; init; }

    public string? Note { get; init; }

    /// <summary>The `*` row: the city's overall statement about online procedures.</summary>
    public bool IsOverview => ProcedureId == "*";
}
