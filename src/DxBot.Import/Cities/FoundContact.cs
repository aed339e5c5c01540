namespace DxBot.Import.Cities;

/// <summary>An office the plan names: its department, and the phone, e-mail and fax printed beside it, if any.</summary>
/// <param name="Internal">A body that runs the plan (推進本部, 会議, 委員会), not a counter residents can call.</param>
public sealed record FoundContact(string Department, string? Phone, string? Email, bool Internal)
{
    public string? Fax { get; init; }
}
