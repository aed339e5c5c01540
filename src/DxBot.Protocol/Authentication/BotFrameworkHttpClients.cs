namespace DxBot.Protocol.Authentication;

/// <summary>
/// Names of the <see cref="System.Net.Http.IHttpClientFactory"/> clients the protocol uses, so a host can tune them
/// (timeouts, proxies, or in tests a handler that trusts a local certificate).
/// </summary>
public static class BotFrameworkHttpClients
{
    /// <summary>Calls to the Bot Connector service (the activity's serviceUrl).</summary>
    public const string Connector = "DxBot.BotFramework.Connector";

    /// <summary>Client-credentials requests to the token endpoint (used by MSAL).</summary>
    public const string Token = "DxBot.BotFramework.Token";

    /// <summary>Fetches of the OpenID metadata and its signing keys.</summary>
    public const string OpenIdMetadata = "DxBot.BotFramework.OpenIdMetadata";
}
