namespace DxBot.Dialogs.Topics.Handoff;

/// <summary>A question a resident agreed to send to staff.</summary>
/// <param name="UserId">The channel's id of the resident, needed to send the answer; the service stores it encrypted and never shows it to staff.</param>
/// <param name="Question">As typed; the service masks any 12-digit number before storing or sending it.</param>
public sealed record HandoffSubmission(string CityId, string ChannelId, string UserId, string Question);
