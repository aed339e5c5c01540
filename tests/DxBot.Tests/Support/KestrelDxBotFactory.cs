using System.Net;
using DxBot.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DxBot.Tests.Support;

/// <summary>The real host on a real socket at 127.0.0.1 (for what only a socket shows: clients that hang up), with its logs kept.</summary>
internal sealed class KestrelDxBotFactory : WebApplicationFactory<Program>
{
    private readonly ILoggerProvider _logs;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public KestrelDxBotFactory(ILoggerProvider logs, IReadOnlyDictionary<string, string> settings)
    {
        _logs = logs;
        _settings = settings;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public string IndexFolder { get; } = RepositoryPaths.NewTempFolder();

    public string QuestionsFolder { get; } = RepositoryPaths.NewTempFolder();

    /// <summary>The host's database and key ring (<see cref="ScratchDatabase"/>).</summary>
    public string DataFolder { get; } = RepositoryPaths.NewTempFolder();

    public string ServerAddress
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Knowledge:IndexPath", IndexFolder);
        builder.UseSetting("Questions:Folder", QuestionsFolder);
        foreach (var (key, value) in ScratchDatabase.Settings(DataFolder))
        {
            builder.UseSetting(key, value);
        }
        // A first message waits up to a minute, the option's bound, for the first index on a busy machine (StartupTests sets a short wait to see 「準備中」).
        builder.UseSetting("Knowledge:StartupAnswerWait", "00:01:00");
        builder.UseSetting("Logging:LogLevel:Default", "Debug");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton(_logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(QuestionsFolder, recursive: true);
            Directory.Delete(IndexFolder, recursive: true);
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A retiring generation may still be closing; the temp folder is cleaned by the OS eventually.
        }
    }
}
