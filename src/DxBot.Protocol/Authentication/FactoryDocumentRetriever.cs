using Microsoft.IdentityModel.Protocols;

namespace DxBot.Protocol.Authentication;

/// <summary>
/// Fetches OpenID documents with a fresh client from the host's factory each time, so the long-lived configuration
/// manager does not pin one handler (and its DNS answers) for the life of the process.
/// </summary>
internal sealed class FactoryDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(BotFrameworkHttpClients.OpenIdMetadata))
        {
            RequireHttps = true,
        };
        return retriever.GetDocumentAsync(address, cancel);
    }
}
