using System.Text.Json.Serialization;

namespace DxBot.Channels.Teams.Cards;

/// <summary>A button of a card; the JSON "type" names the kind.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveSubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(AdaptiveOpenUrlAction), "Action.OpenUrl")]
public abstract record AdaptiveAction(string Title);
