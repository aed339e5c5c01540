namespace DxBot.Import.Cities;

/// <summary>What a city's plan says about itself, found by <see cref="PlanFactsFinder"/>; every value needs a person's review.</summary>
public sealed record PlanFacts(string Title, string? Prefecture, string? Published, string? Period, IReadOnlyList<FoundContact> Contacts);
