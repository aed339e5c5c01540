namespace DxBot.Knowledge;

/// <summary>
/// Tells the other instances of a deployment that the knowledge was reindexed, so that each builds the same folder
/// into its own new generation. A single instance needs none (<see cref="NullReindexBus"/>).
/// </summary>
public interface IReindexBus
{
    Task PublishAsync(ReindexSignal signal, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="handler"/> for every signal published by any instance, this one included.</summary>
    Task SubscribeAsync(Func<ReindexSignal, Task> handler, CancellationToken cancellationToken);
}
