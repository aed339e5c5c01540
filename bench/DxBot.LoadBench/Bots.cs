namespace DxBot.LoadBench;

/// <summary>
/// How each bot under test is started: DxBot as published for deployment (ReadyToRun, `--published DIR` from
/// bench/load/run.sh) or else from its Release build, the peers with node.
/// </summary>
internal sealed class Bots(BenchSettings settings, Uri fakeApi, IReadOnlyList<string> cities)
{
    public const string Secret = "bench-channel-secret-0123456789ab";
    public const string AccessToken = "bench-channel-access-token";
    public const string AdminKey = "bench-admin-key";

    // Kestrel listens (and /healthz answers) before the first index is in service: the load starts once /readyz is 200,
    // or a cold start's build (12 s at 100×) would be measured as the bot's 503s.
    private const string ReadyPath = "/readyz";

    public string DxBotDll => Path.Combine(settings.Repo, "src", "DxBot", "bin", "Release", "net10.0", "dxbot.dll");

    /// <summary>
    /// Deletes the index a bot of this name left in the scratch folder: started on it, the bot would serve that
    /// generation and rebuild in the background while the load runs (a program change makes every part new).
    /// </summary>
    public void ForgetIndex(string name)
    {
        var folder = IndexFolder(name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public async Task<TargetProcess> StartDxBotAsync(string name, string knowledgeFolder)
    {
        var port = TargetProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Knowledge__Folders__0"] = knowledgeFolder,
            ["Knowledge__IndexPath"] = IndexFolder(name),
            // A journal of each run's own: events a killed run left must not be answered into the next run's counts.
            ["Line__Journal__Folder"] = Path.Combine(settings.Scratch, "line-journal-" + Guid.NewGuid().ToString("N")),
            // The benchmark's synthetic questions must never reach the repository's question log, where `dxbot report`
            // and /admin/unanswered would show them as residents' questions.
            ["Questions__Folder"] = Path.Combine(settings.Scratch, "questions-" + Guid.NewGuid().ToString("N")),
            ["Line__ApiBaseUrl"] = fakeApi.ToString(),
            ["Admin__ApiKey"] = AdminKey,
            // The Teams load runs in Emulator mode (no app id), which must now be asked for.
            ["Bot__AllowUnauthenticatedLoopback"] = "true",
            // One address sends everything and simulated users repeat: the limits would measure themselves.
            ["Limits__WebhookRequestsPerWindow"] = "100000000",
            ["Limits__MessagesRequestsPerWindow"] = "100000000",
            ["Limits__TurnsPerWindowPerUser"] = "100000000",
            ["Limits__MaxConcurrentConnections"] = "100000",
        };
        if (settings.Trace is { } trace)
        {
            // A CPU sampling trace of the bot's whole life, for `dotnet-trace report FILE topN`.
            environment["DOTNET_EnableEventPipe"] = "1";
            environment["DOTNET_EventPipeOutputPath"] = trace;
            environment["DOTNET_EventPipeConfig"] = "Microsoft-DotNETCore-SampleProfiler:0:5,Microsoft-Windows-DotNETRuntime:0x1:4";
        }

        // `--env KEY=VALUE` (repeatable): runtime settings to try on DxBot, e.g. DOTNET_gcServer=0, without a rebuild.
        foreach (var (key, value) in settings.Environment)
        {
            environment[key] = value;
        }

        foreach (var city in cities)
        {
            environment[$"Line__Channels__{city}__ChannelSecret"] = Secret;
            environment[$"Line__Channels__{city}__ChannelAccessToken"] = AccessToken;
            environment[$"Teams__Tenants__{TeamsRequestFactory.TenantOf(city)}__City"] = city;
        }

        // The published build answers at full speed from its first request (code compiled ahead), as a deployed bot does;
        // from the Release build the first seconds are spent in the JIT, which a 20 s --quick run would measure.
        return settings.Published is { } published
            ? await TargetProcess.StartAsync(name, Path.Combine(published, "dxbot"), ["serve"], environment, settings.Repo, port, LogPath(name), ReadyPath)
            : await TargetProcess.StartAsync(name, "dotnet", [DxBotDll, "serve"], environment, settings.Repo, port, LogPath(name), ReadyPath);
    }

    public async Task<TargetProcess> StartLineEchoAsync()
    {
        var port = TargetProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LINE_CHANNEL_SECRET"] = Secret,
            ["LINE_CHANNEL_ACCESS_TOKEN"] = AccessToken,
            ["LINE_API_BASE_URL"] = fakeApi.ToString().TrimEnd('/'),
            ["NODE_ENV"] = "production",
        };
        return await TargetProcess.StartAsync("@line/bot-sdk echo", "node", ["line-echo.mjs"], environment, settings.Peers, port, LogPath("line-echo"));
    }

    public async Task<TargetProcess> StartTeamsEchoAsync()
    {
        var port = TargetProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NODE_ENV"] = "production",
        };
        return await TargetProcess.StartAsync("botbuilder echo", "node", ["teams-echo.mjs"], environment, settings.Peers, port, LogPath("teams-echo"));
    }

    /// <summary>Asks the bot to reindex; both header forms, as the admin endpoint's header is changing.</summary>
    public static async Task<string> ReindexAsync(TargetProcess bot)
    {
        // Its own client: a reindex under load may take longer than a webhook may.
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot.BaseUrl, "/admin/reindex"));
        request.Headers.TryAddWithoutValidation("X-Admin-Key", AdminKey);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + AdminKey);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            using var json = System.Text.Json.JsonDocument.Parse(body.Length == 0 ? "{}" : body);
            var root = json.RootElement;
            string Field(string name) => root.TryGetProperty(name, out var v) || root.TryGetProperty(char.ToLowerInvariant(name[0]) + name[1..], out v) ? v.ToString() : "?";
            var errors = root.TryGetProperty("errors", out var e) && e.ValueKind == System.Text.Json.JsonValueKind.Array ? e.GetArrayLength() : -1;
            var rebuilt = root.TryGetProperty("rebuilt", out var r) && r.ValueKind == System.Text.Json.JsonValueKind.Array
                ? string.Join(" ", r.EnumerateArray().Select(c => c.GetString()))
                : "?";
            if (root.TryGetProperty("phases", out var phases) && phases.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                // Where the reindex's time went, on the console only (the report's cell stays as it was).
                Console.WriteLine("reindex steps (ms): " + string.Join(", ", phases.EnumerateArray().Select(p => $"{p.GetProperty("name").GetString()} {p.GetProperty("elapsedMs")}")));
            }

            if (root.TryGetProperty("gc", out var gc) && gc.TryGetProperty("gcCollections", out var collections) && collections.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                // The whole bot's collections while the reindex ran (its own allocations and the turns'), console only.
                Console.WriteLine($"reindex GC: collections gen0/gen1/gen2 {string.Join('/', collections.EnumerateArray())}, paused {gc.GetProperty("pauseMs")} ms");
            }

            return $"reindex: HTTP {(int)response.StatusCode} in {clock.Elapsed.TotalSeconds:0.00} s (build {Field("ElapsedMs")} ms, {Field("Entries")} entries, {errors} knowledge errors, rebuilt: {rebuilt})";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return $"reindex: failed after {clock.Elapsed.TotalSeconds:0.00} s ({ex.GetType().Name})";
        }
    }

    private string IndexFolder(string name) => Path.Combine(settings.Scratch, "index-" + name.Replace(' ', '-'));

    private string LogPath(string name) => Path.Combine(settings.Scratch, name.Replace(' ', '-').Replace('/', '-').Replace('@', '_') + ".log");
}
