namespace DxBot.Protocol.Connector;

/// <summary>
/// Turns off redirect following on an HTTP client's primary handler. The clients that carry a bearer token and a
/// user's reply (Bot Connector, LINE API, token endpoint) must send them only to the host they were checked against:
/// a redirect would re-post both to wherever the Location header points, so a 3xx is a failed call instead.
/// </summary>
public static class NoRedirects
{
    /// <summary>For <c>IHttpClientBuilder.ConfigurePrimaryHttpMessageHandler((handler, services) => ...)</c>.</summary>
    public static void Apply(HttpMessageHandler handler, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(handler);
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
            default:
                throw new InvalidOperationException(
                    $"Cannot turn off redirects on a {handler.GetType().Name}; use a SocketsHttpHandler or HttpClientHandler.");
        }
    }
}
