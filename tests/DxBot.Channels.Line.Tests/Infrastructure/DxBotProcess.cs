using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>
/// The built bot (`dotnet dxbot.dll serve`) as a child process on a loopback port, configured through environment
/// variables, so that a test can kill it for real (SIGKILL: no shutdown code runs) and start it again.
/// </summary>
internal sealed class DxBotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly HttpClient _client;

    private DxBotProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        _client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseUrl { get; }

    /// <summary>What the process wrote to stdout and stderr so far.</summary>
    public string Output => string.Join("\n", _output);

    /// <summary>The built `dxbot` program of the same configuration as these tests (the test project references it).</summary>
    public static string DxBotDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DxBot.sln")))
                {
                    return Path.Combine(dir.FullName, "src", "DxBot", "bin", configuration, "net10.0", "dxbot.dll");
                }
            }

            throw new InvalidOperationException("DxBot.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Starts the bot in <paramref name="workingDirectory"/> and waits until /readyz answers 200.</summary>
    public static async Task<DxBotProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string workingDirectory)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(DxBotDll);
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new DxBotProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => bot.Record(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bot.WaitUntilReadyAsync();
        return bot;
    }

    /// <summary>Posts a body signed with the city's secret, as LINE does.</summary>
    public async Task<HttpStatusCode> PostSignedAsync(string city, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/line/" + city) { Content = content };
        request.Headers.TryAddWithoutValidation("X-Line-Signature", LineSignatureVerifier.Sign(bytes, LineBotHost.Cities[city].Secret));
        using var response = await _client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>SIGKILL, as `kill -9`: no shutdown code of the bot runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _client.Dispose();
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        // The first start builds the index: generous, for a machine busy with other builds.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        using var probe = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"dxbot exited with {_process.ExitCode} before it was ready:\n{Output}");
            }

            try
            {
                using var response = await probe.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("dxbot was not ready in time:\n" + Output);
            }

            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
