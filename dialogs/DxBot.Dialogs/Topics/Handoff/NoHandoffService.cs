namespace DxBot.Dialogs.Topics.Handoff;

/// <summary>Where no staff channel is configured (the CLI, a bot without Teams): the offer is never made.</summary>
public sealed class NoHandoffService : IHandoffService
{
    public static NoHandoffService Instance { get; } = new();

    public int RetentionDays => 0;

    public Task<bool> IsAvailableAsync(string cityId, string channelId, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<string> SubmitAsync(HandoffSubmission submission, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Handoff is not available.");
}
