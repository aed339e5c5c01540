using DxBot.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Tests.Support;

/// <summary>The bot's services on the bundled knowledge, built once for a test class (indexing takes a second or two).</summary>
public sealed class BundledBotFixture : IAsyncLifetime
{
    public ServiceProvider Provider { get; private set; } = null!;

    public async Task InitializeAsync() => Provider = await CliServices.BuildAsync([RepositoryPaths.Knowledge], null, CancellationToken.None);

    public async Task DisposeAsync() => await Provider.DisposeAsync();
}
