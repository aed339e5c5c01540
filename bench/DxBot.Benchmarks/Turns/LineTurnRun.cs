using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DxBot.Channels.Line;
using DxBot.Channels.Line.Payloads;
using DxBot.Cli;
using DxBot.LoadBench;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Benchmarks.Turns;

/// <summary>
/// The LINE turn in process, without sockets or threads to share: `bench/load/questions.tsv` sent as signed webhook
/// bodies by residents drawn from each city's 20,000 friends (as the load benchmark sends them), each through the
/// signature check, the webhook's parse, the event's mapping, the middleware and dialogs with their search and state,
/// and the reply's mapping and JSON body. Prints bytes allocated and CPU time per turn for each round: allocation
/// does not depend on what else the machine runs, and thread CPU much less than wall time does.
/// `dotnet run -c Release --project bench/DxBot.Benchmarks -- line-turns [--rounds 5] [--warm-up 3] [--turns 4800]`
/// </summary>
public static class LineTurnRun
{
    private const int Friends = 20_000;
    private const string Secret = "bench-line-channel-secret";

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = Option(args, "--rounds", 5);
        var warmUp = Option(args, "--warm-up", 3);
        var turns = Option(args, "--turns", 4_800);
        var questions = ReadQuestions(FindQuestions());
        var index = Path.Combine(Path.GetTempPath(), $"dxbot-line-turns-{Environment.ProcessId}");
        try
        {
            await using var services = await CliServices.BuildAsync(null, index, CancellationToken.None).ConfigureAwait(false);
            var adapter = new CollectingAdapter();
            foreach (var middleware in services.GetServices<IMiddleware>())
            {
                adapter.Use(middleware);
            }

            adapter.OnTurnError = services.GetRequiredService<ITurnErrorHandler>().HandleAsync;
            var bot = services.GetRequiredService<IBot>();
            var random = new Random(17);
            Console.WriteLine($"{questions.Count} questions, {turns} turns a round, {warmUp} rounds of warm-up, {rounds} measured");
            Console.WriteLine("round | KB allocated per turn | thread CPU per turn | process CPU per turn | turns not completed synchronously | replies | gen0/gen1/gen2");
            var kb = new List<double>();
            var threadCpu = new List<double>();
            var processCpu = new List<double>();
            // Every reply body of every round, hashed: two builds that answer alike print the same digest.
            using var replyHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            for (var round = 1; round <= warmUp + rounds; round++)
            {
                // The webhook bodies are the sender's work, made before the clock starts.
                var bodies = Enumerable.Range(0, turns).Select(_ => Body(questions[random.Next(questions.Count)], random)).ToList();
                var gc = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                var process = Process.GetCurrentProcess().TotalProcessorTime;
                var thread = ThreadCpu.NowMs();
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var asynchronous = 0;
                var replies = 0L;
                foreach (var (city, body, signature) in bodies)
                {
                    var task = TurnAsync(adapter, bot, city, body, signature, replyHash);
                    if (!task.IsCompleted)
                    {
                        asynchronous++;
                    }

                    replies += await task.ConfigureAwait(false);
                }

                var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                var threadMs = ThreadCpu.NowMs() - thread;
                var processMs = (Process.GetCurrentProcess().TotalProcessorTime - process).TotalMilliseconds;
                var measured = round > warmUp;
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(measured ? round - warmUp : -round)} | {bytes / 1024.0 / turns:F1} | {threadMs * 1000 / turns:F0} µs | {processMs * 1000 / turns:F0} µs | {asynchronous} | {replies} | {GC.CollectionCount(0) - gc.Item1}/{GC.CollectionCount(1) - gc.Item2}/{GC.CollectionCount(2) - gc.Item3}"));
                if (measured)
                {
                    kb.Add(bytes / 1024.0 / turns);
                    threadCpu.Add(threadMs * 1000 / turns);
                    processCpu.Add(processMs * 1000 / turns);
                }
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"median: {Median(kb):F1} KB allocated per turn, {Median(threadCpu):F0} µs thread CPU per turn, {Median(processCpu):F0} µs process CPU per turn; replies' SHA-256 {Convert.ToHexString(replyHash.GetCurrentHash())[..16]}"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(index))
            {
                Directory.Delete(index, recursive: true);
            }
        }
    }

    /// <summary>One event as the LINE channel handles it: verified, parsed, mapped, answered, the reply's body serialized.</summary>
    private static async Task<int> TurnAsync(CollectingAdapter adapter, IBot bot, string city, byte[] body, string signature, IncrementalHash replyHash)
    {
        if (!LineSignatureVerifier.IsValid(body, signature, Secret))
        {
            throw new InvalidOperationException("The bench's signature does not verify.");
        }

        var callback = JsonSerializer.Deserialize<LineWebhookRequest>(body, LineJson.Options)!;
        var replies = 0;
        foreach (var json in callback.Events!)
        {
            if (!LineWebhookMapper.TryReadEvent(json, out var lineEvent) || LineWebhookMapper.Classify(lineEvent) != LineEventDisposition.RunBot)
            {
                throw new InvalidOperationException("The bench's event is not one the bot answers.");
            }

            var activity = LineWebhookMapper.ToActivity(lineEvent, callback.Destination)!;
            var outbox = await adapter.ProcessActivityAsync(activity, (context, token) =>
            {
                context.TurnState[TurnStateKeys.BoundCity] = city;
                context.TurnState[TurnStateKeys.Audience] = LineAdapter.Audience;
                return bot.OnTurnAsync(context, token);
            }, CancellationToken.None).ConfigureAwait(false);
            var messages = LineWebhookMapper.ToLineMessages(outbox);
            object reply = new LineReplyMessageRequest(lineEvent.ReplyToken!, messages);
            replyHash.AppendData(JsonSerializer.SerializeToUtf8Bytes(reply, reply.GetType(), LineJson.Options));
            replies += messages.Count;
        }

        return replies;
    }

    private static (string City, byte[] Body, string Signature) Body((string City, string Text) question, Random random)
    {
        var id = random.NextInt64(100_000_000_000_000, 999_999_999_999_999).ToString(CultureInfo.InvariantCulture);
        var body = new JsonObject
        {
            ["destination"] = "U0123456789abcdef0123456789abcdef",
            ["events"] = new JsonArray(new JsonObject
            {
                ["type"] = "message",
                ["mode"] = "active",
                ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                ["source"] = new JsonObject { ["type"] = "user", ["userId"] = question.City[..1] + random.Next(Friends).ToString("x32", CultureInfo.InvariantCulture) },
                ["webhookEventId"] = "01" + id,
                ["deliveryContext"] = new JsonObject { ["isRedelivery"] = false },
                ["replyToken"] = "rt" + id,
                ["message"] = new JsonObject { ["type"] = "text", ["id"] = id, ["quoteToken"] = "qt" + id, ["text"] = question.Text },
            }),
        }.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(body);
        return (question.City, bytes, LineSignatureVerifier.Sign(bytes, Secret));
    }

    private static List<(string City, string Text)> ReadQuestions(string path) =>
        [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts[1]))];

    private static string FindQuestions()
    {
        // Above the working folder first, so a copy of the program (an older build, for comparison) reads the same questions.
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var path = Path.Combine(folder.FullName, "bench", "load", "questions.tsv");
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        throw new FileNotFoundException("bench/load/questions.tsv not found above " + Environment.CurrentDirectory + " or " + AppContext.BaseDirectory);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
