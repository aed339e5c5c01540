namespace DxBot.TestServers;

/// <summary>An <see cref="IHttpClientFactory"/> whose every client goes through one handler.</summary>
internal sealed class SingleHandlerFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
