namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>The running DxBot host, seen without its (internal) entry point type.</summary>
internal interface IBotHost : IAsyncDisposable
{
    IServiceProvider Services { get; }

    HttpClient CreateClient();
}
