namespace DxBot.Dialogs.Topics.Handoff;

/// <summary>
/// Hands a resident's question to the city's staff. The dialogs only know this: which channel carries the question
/// to staff and how the answer comes back is the host's business (LINE and Teams there).
/// </summary>
public interface IHandoffService
{
    /// <summary>How many days a request is kept, said in the consent statement.</summary>
    int RetentionDays { get; }

    /// <summary>Whether a question asked on <paramref name="channelId"/> about <paramref name="cityId"/> can reach staff and be answered.</summary>
    Task<bool> IsAvailableAsync(string cityId, string channelId, CancellationToken cancellationToken);

    /// <summary>Stores the request and notifies staff; called only after the resident's consent. Returns the request id.</summary>
    Task<string> SubmitAsync(HandoffSubmission submission, CancellationToken cancellationToken);
}
