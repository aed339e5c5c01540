namespace DxBot.Dialogs.Routing;

/// <summary>Where a message goes.</summary>
/// <param name="SubTopic">My Number topic (申請, 受取…), or the admin command.</param>
/// <param name="ProcedureId">The catalog procedure the message names, if any.</param>
/// <param name="MentionedCityId">A city named in the message, if any.</param>
public sealed record Route(RouteKind Kind, string? SubTopic = null, string? ProcedureId = null, string? MentionedCityId = null);
