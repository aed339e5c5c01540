using Microsoft.Identity.Client;

namespace DxBot.Protocol.Authentication;

/// <summary>Lets MSAL use the host's pooled HTTP handlers instead of creating its own.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(BotFrameworkHttpClients.Token);
}
