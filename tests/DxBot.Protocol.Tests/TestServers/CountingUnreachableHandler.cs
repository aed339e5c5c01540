namespace DxBot.TestServers;

/// <summary>A handler for a host that cannot be reached, counting how often anyone tried.</summary>
internal sealed class CountingUnreachableHandler : HttpMessageHandler
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        throw new HttpRequestException("Connection refused (test).");
    }
}
