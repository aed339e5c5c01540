namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>One fake LINE API and one DxBot host with the test bot, shared by the webhook tests (which run one after the other).</summary>
public sealed class LineHostFixture : IAsyncLifetime
{
    internal FakeLineApi LineApi { get; private set; } = null!;

    /// <summary>Short, so the hung-turn test is quick; the test bot answers everything else at once.</summary>
    public static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(2);

    internal EchoTestBot Bot { get; } = new();

    internal LineBotHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        LineApi = await FakeLineApi.StartAsync();
        Host = new LineBotHost(LineApi, Bot, TurnTimeout);
        _ = Host.Client;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await LineApi.DisposeAsync();
    }
}
