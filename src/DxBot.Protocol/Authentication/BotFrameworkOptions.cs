using System.Globalization;

namespace DxBot.Protocol.Authentication;

/// <summary>
/// The bot's identity and the endpoints it trusts (configuration section <c>Bot</c>). With no app id the endpoint
/// refuses every request, unless <see cref="AllowUnauthenticatedLoopback"/> turns on emulator mode: unauthenticated
/// requests from a loopback socket only, replies to loopback only, and no administrator commands.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "Bot";

    /// <summary>The Entra ID application (client) id of the bot registration; the audience of inbound tokens.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret of the bot registration.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The bot's own tenant (single-tenant registration); tokens are requested from it.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where the signing keys of inbound tokens are published.</summary>
    public string OpenIdMetadataUrl { get; set; } = AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl;

    /// <summary>The issuer inbound tokens must carry (sovereign clouds have their own).</summary>
    public string TokenIssuer { get; set; } = AuthenticationConstants.ToBotFromChannelTokenIssuer;

    /// <summary>The client-credentials token endpoint; by default the tenant's Entra ID endpoint.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>The scope of outbound tokens (sovereign clouds have their own).</summary>
    public string OAuthScope { get; set; } = AuthenticationConstants.ToChannelFromBotOAuthScope;

    /// <summary>Tenants whose activities are processed; empty means no tenant restriction.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>
    /// Service URL patterns (<c>https://host</c>, <c>https://*.domain</c>, optional <c>:port</c> or <c>:*</c>) the bot
    /// may send its token to, in addition to Microsoft's defaults.
    /// </summary>
    public List<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>
    /// Opt-in for the Bot Framework Emulator (no app id): requests without a token are accepted when the socket they
    /// arrived on is loopback. Off by default, so that a deployment missing its app id refuses traffic instead of
    /// silently accepting it unauthenticated.
    /// </summary>
    public bool AllowUnauthenticatedLoopback { get; set; }

    /// <summary>
    /// The longest a turn may run before it is cancelled and the user gets the error reply (as <c>Line:TurnTimeout</c>).
    /// </summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>True when no app id is configured: the Bot Framework Emulator on this machine is the only possible peer.</summary>
    public bool IsEmulatorMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The token endpoint in effect: the configured one, else the bot tenant's (or botframework.com's).</summary>
    public string EffectiveTokenEndpoint => string.IsNullOrWhiteSpace(TokenEndpoint)
        ? string.Format(
            CultureInfo.InvariantCulture,
            AuthenticationConstants.ToChannelFromBotTokenEndpointTemplate,
            string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? AuthenticationConstants.MultiTenantAuthority : MicrosoftAppTenantId.Trim())
        : TokenEndpoint.Trim();
}
