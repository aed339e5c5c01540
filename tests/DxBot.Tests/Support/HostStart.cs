namespace DxBot.Tests.Support;

/// <summary>Starting the host where it must refuse to start.</summary>
internal static class HostStart
{
    /// <summary>
    /// Why the host would not start. WebApplicationFactory can report a failed start as an ObjectDisposedException of
    /// its service provider when it loses a race with the failing host (dotnet/aspnetcore#33494); that is the test
    /// harness, not the host, so the start is tried again, a bounded number of times (as ConfigurationTests does).
    /// </summary>
    public static async Task<Exception> FailureAsync(Dictionary<string, string> settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var factory = new DxBotFactory(settings: settings);
            var error = Assert.ThrowsAny<Exception>(() => factory.Services);
            if (error is not ObjectDisposedException { ObjectName: "IServiceProvider" } || attempt == 3)
            {
                return error;
            }
        }
    }
}
