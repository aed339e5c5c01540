using DxBot.Protocol.Authentication;

namespace DxBot.Protocol.Tests;

public class BotFrameworkOptionsValidatorTests
{
    private static BotFrameworkOptions Valid() => new()
    {
        MicrosoftAppId = "app",
        MicrosoftAppPassword = "secret",
        MicrosoftAppTenantId = "tenant-1",
    };

    [Fact]
    public void Accepts_a_single_tenant_registration_with_defaults()
    {
        var options = Valid();

        Assert.True(new BotFrameworkOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal("https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token", options.EffectiveTokenEndpoint);
        Assert.Equal(AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl, options.OpenIdMetadataUrl);
    }

    [Fact]
    public void Multi_tenant_registrations_get_tokens_from_botframework_com()
    {
        var options = Valid();
        options.MicrosoftAppTenantId = null;

        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", options.EffectiveTokenEndpoint);
    }

    [Fact]
    public void Emulator_mode_needs_no_settings()
    {
        Assert.True(new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions()).Succeeded);
    }

    [Theory]
    [InlineData("password-missing")]
    [InlineData("password-without-app")]
    [InlineData("http-metadata")]
    [InlineData("token-endpoint-not-v2")]
    [InlineData("http-token-endpoint")]
    [InlineData("bad-service-url")]
    [InlineData("empty-tenant")]
    [InlineData("emulator-opt-in-with-app-id")]
    [InlineData("zero-turn-timeout")]
    public void Rejects_misconfiguration(string mistake)
    {
        var options = Valid();
        switch (mistake)
        {
            case "password-missing":
                options.MicrosoftAppPassword = " ";
                break;
            case "password-without-app":
                options.MicrosoftAppId = null;
                break;
            case "http-metadata":
                options.OpenIdMetadataUrl = "http://login.botframework.com/v1/.well-known/openidconfiguration";
                break;
            case "token-endpoint-not-v2":
                options.TokenEndpoint = "https://login.microsoftonline.com/tenant-1/oauth2/token";
                break;
            case "http-token-endpoint":
                options.TokenEndpoint = "http://login.microsoftonline.com/tenant-1/oauth2/v2.0/token";
                break;
            case "bad-service-url":
                options.AllowedServiceUrls = ["http://connector.example"];
                break;
            case "empty-tenant":
                options.AllowedTenants = [""];
                break;
            case "emulator-opt-in-with-app-id":
                options.AllowUnauthenticatedLoopback = true;
                break;
            case "zero-turn-timeout":
                options.TurnTimeout = TimeSpan.Zero;
                break;
        }

        Assert.True(new BotFrameworkOptionsValidator().Validate(null, options).Failed);
    }

    [Fact]
    public void The_MSAL_authority_is_the_token_endpoint_without_its_path()
    {
        Assert.Equal(
            "https://login.microsoftonline.com/tenant-1/",
            MsalBotTokenProvider.AuthorityOf("https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token"));
        Assert.Equal(
            "https://127.0.0.1:5001/tenant-1/",
            MsalBotTokenProvider.AuthorityOf("https://127.0.0.1:5001/tenant-1/oauth2/v2.0/token"));
    }
}
