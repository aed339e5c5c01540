using Microsoft.Extensions.DependencyInjection;

namespace DxBot.TestServers;

/// <summary>An <see cref="IHttpClientFactory"/> whose clients trust the fakes' certificate.</summary>
internal static class TestHttpClients
{
    public static IHttpClientFactory CreateFactory()
    {
        var services = new ServiceCollection();
        services.AddHttpClient();
        TrustTestCertificate(services);
        return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
    }

    /// <summary>Makes every factory client of a host trust the fakes' certificate.</summary>
    public static void TrustTestCertificate(IServiceCollection services) =>
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(TestCertificate.CreateTrustingHandler));
}
