using DxBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace DxBot.Protocol.Authentication;

/// <summary>Checks the <c>Bot</c> section at start, so a misconfigured deployment fails before it takes traffic.</summary>
public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var section = BotFrameworkOptions.SectionName;

        if (options.IsEmulatorMode)
        {
            if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                errors.Add($"{section}:MicrosoftAppPassword is set but {section}:MicrosoftAppId is not.");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                errors.Add($"{section}:MicrosoftAppPassword is required when {section}:MicrosoftAppId is set.");
            }

            if (options.AllowUnauthenticatedLoopback)
            {
                // Both at once means someone is unsure which mode runs; refusing to start settles it.
                errors.Add($"{section}:AllowUnauthenticatedLoopback is for the Emulator and cannot be combined with {section}:MicrosoftAppId.");
            }
        }

        if (!IsHttpsUrl(options.OpenIdMetadataUrl))
        {
            errors.Add($"{section}:OpenIdMetadataUrl must be an absolute https URL.");
        }

        if (string.IsNullOrWhiteSpace(options.TokenIssuer))
        {
            errors.Add($"{section}:TokenIssuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.OAuthScope))
        {
            errors.Add($"{section}:OAuthScope must not be empty.");
        }

        var tokenEndpoint = options.EffectiveTokenEndpoint;
        if (!IsHttpsUrl(tokenEndpoint)
            || !new Uri(tokenEndpoint).AbsolutePath.EndsWith("/" + AuthenticationConstants.TokenEndpointPath, StringComparison.Ordinal))
        {
            errors.Add($"{section}:TokenEndpoint must be an https Entra ID v2 token endpoint ending in /{AuthenticationConstants.TokenEndpointPath}.");
        }

        foreach (var pattern in options.AllowedServiceUrls)
        {
            if (!ServiceUrlPattern.TryParse(pattern, out _, out var error))
            {
                errors.Add($"{section}:AllowedServiceUrls: {error}");
            }
        }

        if (options.TurnTimeout <= TimeSpan.Zero || options.TurnTimeout > TimeSpan.FromMinutes(30))
        {
            errors.Add($"{section}:TurnTimeout must be positive and at most 30 minutes.");
        }

        if (options.AllowedTenants.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{section}:AllowedTenants must not contain empty entries.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsHttpsUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
