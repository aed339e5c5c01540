namespace DxBot.Knowledge;

/// <summary>The bus of a single instance: nobody else to tell.</summary>
public sealed class NullReindexBus : IReindexBus
{
    public static readonly NullReindexBus Instance = new();

    public Task PublishAsync(ReindexSignal signal, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SubscribeAsync(Func<ReindexSignal, Task> handler, CancellationToken cancellationToken) => Task.CompletedTask;
}
