namespace DxBot.Dialogs.Routing;

/// <summary>Where a message goes.</summary>
/// <param name="SubTopic">My Number topic (申請, 受取…), the admin command, or whether an acknowledgement thanks.</param>
/// <param name="ProcedureIds">The catalog procedures the message names (several when it names a group, e.g. 児童手当).</param>
/// <param name="MentionedCityId">A city named in the message, if any.</param>
/// <param name="FollowUpKind">The topic a short follow-up continues, when not <paramref name="Kind"/> (a card question answered from the knowledge).</param>
public sealed record Route(RouteKind Kind, string? SubTopic = null, IReadOnlyList<string>? ProcedureIds = null, string? MentionedCityId = null, RouteKind? FollowUpKind = null);
