using System.Net;
using System.Net.Http.Headers;
using DxBot.Hosting;
using DxBot.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Import.Tests.Support;

/// <summary>The real DxBot host on a loopback socket, serving a test's knowledge folder, with the admin endpoints on.</summary>
internal sealed class ImportHost : WebApplicationFactory<Program>
{
    public const string Key = "import-admin-key";

    private readonly TempFolder _data = new();
    private readonly IReadOnlyDictionary<string, string> _settings;

    public ImportHost(string knowledgeFolder, IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["Knowledge:Folders:0"] = knowledgeFolder,
            ["Knowledge:IndexPath"] = _data.File("index"),
            ["Questions:Folder"] = _data.File("questions"),
            ["Admin:ApiKey"] = Key,
        };
        foreach (var (key, value) in ScratchDatabase.Settings(_data.File("data")))
        {
            all[key] = value;
        }

        _settings = all;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public KnowledgeRuntime Runtime => Services.GetRequiredService<KnowledgeRuntime>();

    /// <summary>A client on the socket with the admin key, once the start-up build is done.</summary>
    public async Task<HttpClient> AdminClientAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await Runtime.WaitForStartupAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(3) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _data.Dispose();
    }
}
