using System.Text.Json.Serialization;

namespace DxBot.Channels.Teams.Cards;

/// <summary>An Adaptive Card (the subset this channel renders), serialised as the attachment content.</summary>
public sealed record AdaptiveCard(IReadOnlyList<AdaptiveElement> Body)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Version => "1.5";

    public IReadOnlyList<AdaptiveAction>? Actions { get; init; }

    /// <summary>What a client that cannot render the card shows instead.</summary>
    public string? FallbackText { get; init; }

    [JsonPropertyName("msteams")]
    public AdaptiveCardTeamsSettings? MsTeams { get; init; }
}
