using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DxBot.Knowledge.Changes;
using DxBot.Protocol.Connector;

namespace DxBot.Cli;

/// <summary>
/// `dxbot reindex` when a running bot holds the index folder: only that process may switch its generation, so the
/// command asks it to (POST /admin/reindex with the admin key), or says exactly how to.
/// </summary>
internal static class RunningInstanceReindex
{
    /// <summary>Reindexed (here or by the running bot).</summary>
    public const int Succeeded = 0;

    /// <summary>The knowledge has errors or the build failed; the index in service is unchanged.</summary>
    public const int KnowledgeErrors = 1;

    /// <summary>Bad arguments (e.g. a plain-http --url that is not loopback).</summary>
    public const int Usage = 2;

    /// <summary>A running bot holds the folder and could not be asked (no key, unreachable, wrong key, busy): the output says what to do.</summary>
    public const int NotDone = 3;

    public const string DefaultUrl = "http://localhost:5000";

    // A reindex of a large knowledge takes seconds; a minute-long wait is a hung bot.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(string indexPath, string? url, string? adminKey, bool knowledgeGiven, TextWriter output, CancellationToken cancellationToken)
    {
        var target = url ?? DefaultUrl;
        output.WriteLine($"The index folder {indexPath} is held by a running DxBot; only it can switch its index.");
        if (knowledgeGiven)
        {
            output.WriteLine("note: --knowledge is not sent: the running DxBot reindexes its own folders (Knowledge__Folders__0, Knowledge__Folders__1, … in its environment).");
        }

        if (!Uri.TryCreate(target.TrimEnd('/') + "/admin/reindex", UriKind.Absolute, out var endpoint)
            || !(endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && Loopback.IsLoopbackHost(endpoint.Host))))
        {
            // The admin key travels in the request: never in clear over a network.
            output.WriteLine($"--url must be an absolute https URL (http only for this machine): {target}");
            return Usage;
        }

        if (string.IsNullOrEmpty(adminKey))
        {
            output.WriteLine("To ask it to reindex, give its admin key (Admin:ApiKey of the running bot) in the environment and run again:");
            output.WriteLine($"  Admin__ApiKey=KEY dxbot reindex --url {target}");
            output.WriteLine("or call it yourself:");
            output.WriteLine($"  curl -X POST -H \"Authorization: Bearer KEY\" {endpoint}");
            output.WriteLine("(or send `reindex` to the bot in Teams as an administrator, or restart it: it rebuilds at start).");
            return NotDone;
        }

        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { Timeout = Timeout };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            output.WriteLine($"No DxBot answered at {target} ({e.GetType().Name}). Give the running bot's address with --url (default {DefaultUrl}).");
            return NotDone;
        }

        using (response)
        {
            output.WriteLine($"Asked it: POST {endpoint} → {(int)response.StatusCode}.");
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                case HttpStatusCode.UnprocessableEntity:
                case HttpStatusCode.InternalServerError:
                    return await ReportAsync(response, output, cancellationToken).ConfigureAwait(false);
                case HttpStatusCode.Conflict:
                    output.WriteLine("The running DxBot is reindexing already; its new generation is coming. Run this again once it is done if you changed the knowledge since.");
                    return NotDone;
                case HttpStatusCode.Unauthorized:
                    output.WriteLine("The running DxBot refused the key: set Admin__ApiKey to its Admin:ApiKey.");
                    return NotDone;
                case HttpStatusCode.NotFound:
                    output.WriteLine("The running DxBot has no admin endpoints (its Admin:ApiKey is not set): set one and restart it, or restart it to rebuild.");
                    return NotDone;
                case HttpStatusCode.TooManyRequests:
                    output.WriteLine($"The running DxBot limits admin requests; try again after {response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 60:0} s.");
                    return NotDone;
                default:
                    output.WriteLine("Unexpected answer; the index in service is as it was.");
                    return NotDone;
            }
        }
    }

    private static async Task<int> ReportAsync(HttpResponseMessage response, TextWriter output, CancellationToken cancellationToken)
    {
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
        var root = body.RootElement;
        var errors = root.TryGetProperty("errors", out var list) ? list.EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList() : [];
        if (response.StatusCode == HttpStatusCode.OK)
        {
            output.WriteLine($"Indexed generation {root.GetProperty("generation").GetInt64()}: {root.GetProperty("entries").GetInt32()} entries, {root.GetProperty("cities").GetInt32()} cities, {root.GetProperty("files").GetInt32()} files in {root.GetProperty("elapsedMs").GetInt64()} ms (by the running DxBot).");
            // An older bot sends no change report: then there is nothing to show.
            if (root.TryGetProperty("changes", out var changes) && changes.Deserialize<KnowledgeChanges>(JsonSerializerOptions.Web) is { } report)
            {
                ChangeReportRenderer.Write(report, output);
            }
        }
        else if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            output.WriteLine($"Reindex refused by the running DxBot: the knowledge has {errors.Count} errors; its index in service is unchanged. Fix them and run it again.");
        }
        else
        {
            output.WriteLine($"Reindex failed in the running DxBot: {(root.TryGetProperty("failure", out var failure) ? failure.GetString() : "no reason given")}");
        }

        foreach (var error in errors)
        {
            output.WriteLine($"error: {error}");
        }

        output.WriteLine($"{errors.Count} knowledge errors.");
        return response.StatusCode == HttpStatusCode.OK ? Succeeded : KnowledgeErrors;
    }
}
