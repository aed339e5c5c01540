using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Storage.Sql.Tests;

public sealed class KeyRingTests : IDisposable
{
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "dxbot-keyring-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }
    }

    [Fact]
    public void Every_feature_and_instance_reads_what_another_encrypted_with_the_one_key_ring_of_the_database()
    {
        // Hand-offs and bookings once each set up their own ring; the one registered last silently won.
        using var first = Provider();
        var secret = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("DxBot.Handoff.LineUserId.v1").Protect("U1234");

        using var second = Provider();
        var read = second.GetRequiredService<IDataProtectionProvider>().CreateProtector("DxBot.Handoff.LineUserId.v1").Unprotect(secret);

        Assert.Equal("U1234", read);
        Assert.NotEmpty(Directory.EnumerateFiles(_keys, "key-*.xml"));
    }

    [Fact]
    public void The_key_ring_is_read_when_first_needed_not_warmed_up_at_start()
    {
        static bool WarmsUp(IServiceCollection services) => services.Any(d =>
            d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService");

        // Data Protection alone registers its warm-up (so this test notices if it is renamed); the database's set-up does not keep it.
        Assert.True(WarmsUp(new ServiceCollection().AddDataProtection().Services));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:KeysFolder"] = _keys }).Build();
        Assert.False(WarmsUp(new ServiceCollection().AddLogging().AddSqlStorage(configuration)));

        using var provider = Provider();
        var protector = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("DxBot.Handoff.LineUserId.v1");
        Assert.Equal("U1234", protector.Unprotect(protector.Protect("U1234")));
        Assert.NotEmpty(Directory.EnumerateFiles(_keys, "key-*.xml"));
    }

    private ServiceProvider Provider()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:KeysFolder"] = _keys })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSqlStorage(configuration);
        return services.BuildServiceProvider();
    }
}
