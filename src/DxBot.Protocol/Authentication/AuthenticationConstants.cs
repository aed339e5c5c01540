namespace DxBot.Protocol.Authentication;

/// <summary>The public-cloud values of the Bot Framework authentication protocol, used unless configuration overrides them.</summary>
public static class AuthenticationConstants
{
    /// <summary>The issuer of the tokens the Bot Connector service sends to bots.</summary>
    public const string ToBotFromChannelTokenIssuer = "https://api.botframework.com";

    /// <summary>The OpenID metadata whose JWKS holds the Bot Connector service's signing keys.</summary>
    public const string ToBotFromChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The scope a bot asks for to call the Bot Connector service.</summary>
    public const string ToChannelFromBotOAuthScope = "https://api.botframework.com/.default";

    /// <summary>The Entra ID token endpoint; {0} is the tenant (the bot's own for single-tenant bots).</summary>
    public const string ToChannelFromBotTokenEndpointTemplate = "https://login.microsoftonline.com/{0}/oauth2/v2.0/token";

    /// <summary>The tenant multi-tenant bots get their tokens from.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    /// <summary>The path every Entra ID v2 token endpoint ends with; what precedes it is the MSAL authority.</summary>
    public const string TokenEndpointPath = "oauth2/v2.0/token";

    /// <summary>The claim binding a connector token to the serviceUrl of the activity it came with.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>The industry-standard clock skew the protocol allows when checking token lifetimes.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
}
