using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DxBot.Tests.Shared;

/// <summary>
/// A real, throwaway PostgreSQL server for one test class or collection: <c>initdb</c> into a temporary folder, the
/// server on a free loopback port with its socket in that folder, stopped and deleted after. PostgreSQL refuses to
/// run as root, so as root it runs as the <c>postgres</c> system user. test.sh installs Debian's postgresql on a
/// machine that lacks it. No client library needed: databases are made with <c>createdb</c>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(2);
    private string _binaries = "";
    private string _data = "";
    private int _databases;

    /// <summary>The folder holding the data, the socket and the log; deleted on dispose.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "dxbot-postgres-" + Guid.NewGuid().ToString("N"));

    public int Port { get; private set; }

    /// <summary>The connection string of the server's <c>postgres</c> database (superuser, trust authentication on loopback).</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=60;Command Timeout=120");

    public async Task InitializeAsync()
    {
        _binaries = FindBinaries()
            ?? throw new InvalidOperationException("PostgreSQL (initdb, pg_ctl) was not found under /usr/lib/postgresql/*/bin or on PATH. Install it (Debian: apt-get install postgresql); test.sh does.");
        Directory.CreateDirectory(Folder);
        _data = Path.Combine(Folder, "data");
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", Folder], asPostgres: false);
        }

        await RunAsync(Path.Combine(_binaries, "initdb"), ["-D", _data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], asPostgres: true);
        Port = FreePort();
        var options = string.Create(CultureInfo.InvariantCulture,
            $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
        await RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", _data, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "120", "-o", options, "start"], asPostgres: true);
    }

    /// <summary>A new, empty database on this server (one per test keeps tests apart); returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "test" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8];
        await RunAsync(Path.Combine(_binaries, "createdb"), ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", name], asPostgres: true);
        return ConnectionStringFor(name);
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_binaries.Length > 0 && Directory.Exists(_data))
            {
                await RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", _data, "-m", "immediate", "-w", "stop"], asPostgres: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Not running (the start failed): nothing to stop.
        }
        finally
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans the temp folder eventually.
            }
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task RunAsync(string executable, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres && IsRoot ? "runuser" : executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres && IsRoot)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", executable })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(CommandLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(executable)} did not finish within {CommandLimit}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(executable)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }

    private static string? FindBinaries()
    {
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.GetDirectories(debian)
                .Select(folder => (folder, version: int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .OrderByDescending(x => x.version)
                .Select(x => Path.Combine(x.folder, "bin"))
                .FirstOrDefault(bin => File.Exists(Path.Combine(bin, "initdb")));
            if (newest is not null)
            {
                return newest;
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .FirstOrDefault(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
