using System.CommandLine;
using System.ComponentModel.DataAnnotations;
using DxBot.Cli.Eval;
using DxBot.Dialogs.Answers;
using DxBot.Hosting;
using DxBot.Knowledge;
using DxBot.Storage.Redis;
using StackExchange.Redis;

namespace DxBot.Cli;

/// <summary>
/// The `dxbot` command line: `serve` (the default) runs the web host; `ask`, `chat`, `reindex` and `eval` run here
/// on the same services; `report` reads the question log.
/// </summary>
public static class DxBotCommandLine
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "ask", "chat", "reindex", "eval", "report", "import", "city", "line", "handoff", "--help", "-h", "-?", "--version" };

    private static readonly HashSet<string> HelpFlags = new(StringComparer.Ordinal) { "--help", "-h", "-?" };

    /// <summary>True for a command run here; `serve` (or no verb) runs the web host, unless help is asked for it.</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (Verbs.Contains(args[0]) || (args[0] == "serve" && args.Skip(1).Any(HelpFlags.Contains)));

    /// <summary>The arguments for the web host: everything but the optional `serve` verb.</summary>
    public static string[] ServeArguments(string[] args) =>
        args.Length > 0 && args[0] == "serve" ? args[1..] : args;

    public static Task<int> RunAsync(string[] args)
    {
        var knowledge = new Option<string[]>("--knowledge") { Description = "Knowledge folder (repeatable); default: the bundled knowledge/" };
        var index = new Option<string?>("--index") { Description = "Index folder; default: data/index" };
        var city = new Option<string?>("--city") { Description = "City id: tsushima, namegata, omaezaki, handa, goshogawara" };
        var channel = new Option<string>("--channel") { Description = "line (resident) or teams (staff)", DefaultValueFactory = _ => "line" };
        channel.AcceptOnlyFromAmong("line", "teams");

        var texts = new Argument<string[]>("text") { Description = "One message per argument, sent in order", Arity = ArgumentArity.OneOrMore };
        var ask = new Command("ask", "Send messages in one conversation and print the replies") { city, channel, knowledge, index, texts };
        ask.SetAction((parse, ct) => AskAsync(parse.GetValue(knowledge), parse.GetValue(index), parse.GetValue(city), parse.GetValue(channel)!, parse.GetValue(texts)!, ct));

        var chat = new Command("chat", "Talk with the bot in the terminal") { city, channel, knowledge, index };
        chat.SetAction((parse, ct) => ChatAsync(parse.GetValue(knowledge), parse.GetValue(index), parse.GetValue(city), parse.GetValue(channel)!, ct));

        var url = new Option<string?>("--url") { Description = $"When a running DxBot holds the index folder: its address, asked to reindex with the admin key from Admin__ApiKey; default {RunningInstanceReindex.DefaultUrl}" };
        var reindex = new Command("reindex", "Build the index from the knowledge folders and report, or have the running DxBot that holds the index folder do it. Exit 0 indexed, 1 knowledge errors (nothing switched), 2 bad arguments, 3 a running DxBot holds the folder and could not be asked (the output says what to do)") { knowledge, index, url };
        reindex.SetAction((parse, ct) => ReindexAsync(parse.GetValue(knowledge), parse.GetValue(index), parse.GetValue(url), ct));

        var file = new Argument<FileInfo>("file") { Description = "Cases in JSON Lines (shared/eval/README.md)" };
        var minPass = new Option<double?>("--min-pass") { Description = "Exit with 1 when the passed ratio is below this (0–1)" };
        var eval = new Command("eval", "Run answer-quality cases through the bot") { file, knowledge, index, minPass };
        eval.SetAction((parse, ct) => EvalAsync(parse.GetValue(file)!, parse.GetValue(knowledge), parse.GetValue(index), parse.GetValue(minPass), ct));

        var importFile = new Argument<FileInfo>("file") { Description = "The city's document: PDF, Word (.docx), HTML, text or Markdown" };
        var importCity = new Option<string>("--city") { Description = "City id (its cities/ID/city.yaml must exist)", Required = true };
        var importOut = new Option<string?>("--out") { Description = "Folder for the draft; default: the city's folder in the knowledge" };
        var noReindex = new Option<bool>("--no-reindex") { Description = "Only write the draft, to review it before `dxbot reindex`; by default the import is put in service at once" };
        var import = new Command("import", "Import a city's document as a knowledge file imported-NAME.md (sections cited by heading and page) and put it in service at once (a reindex, by the running DxBot when one holds the index folder). Exit 0 imported (and in service unless --no-reindex or --out), 1 the draft fails the knowledge check, 2 bad arguments, 3 the document cannot be read, 4 written but not in service (the output says why; the draft stays); nothing is written unless 0 or 4")
        {
            importFile, importCity, importOut, noReindex, knowledge, index, url,
        };
        import.SetAction((parse, ct) => ImportAsync(parse.GetValue(importFile)!, parse.GetValue(importCity)!, parse.GetValue(importOut), parse.GetValue(noReindex),
            parse.GetValue(knowledge), parse.GetValue(index), parse.GetValue(url), ct));

        var cityId = new Argument<string>("id") { Description = "The new city's id: lowercase letters, digits and '-' (its folder cities/ID)" };
        var cityName = new Option<string>("--name") { Description = "The city's name, e.g. 半田市", Required = true };
        var cityPlan = new Option<FileInfo>("--plan") { Description = "The city's plan: PDF, Word (.docx), HTML, text or Markdown", Required = true };
        var cityPrefecture = new Option<string?>("--prefecture") { Description = "The prefecture, e.g. 愛知県; default: the one the plan names" };
        var cityForce = new Option<bool>("--force") { Description = "Write the city.yaml of an existing city again" };
        var cityAdd = new Command("add", "Create a city from its plan: cities/ID/city.yaml with the plan's title, period, published date and offices (each marked 要確認 for review), and the plan imported. Exit 0 created, 1 the knowledge check refused it (nothing kept), 2 bad arguments or an existing city without --force, 3 the plan cannot be read")
        {
            cityId, cityName, cityPlan, cityPrefecture, cityForce, knowledge,
        };
        cityAdd.SetAction(parse => CityAddCommand.Run(parse.GetValue(cityId)!, parse.GetValue(cityName)!, parse.GetValue(cityPlan)!, parse.GetValue(cityPrefecture),
            parse.GetValue(cityForce), parse.GetValue(knowledge), Console.Out, Console.Error));
        var cityCommand = new Command("city", "Add a city") { cityAdd };

        var since = new Option<string?>("--since") { Description = "Only entries from this day on (YYYY-MM-DD, Japan time)" };
        var folder = new Option<string?>("--folder") { Description = "Question log folder; default: Questions:Folder (data/questions)" };
        var limit = new Option<int>("--limit") { Description = $"Rows of each list, 1–{QuestionReport.MaxGroups}", DefaultValueFactory = _ => QuestionReport.DefaultGroups };
        var report = new Command("report", "Rank the unanswered questions and the 👍/👎 on answers from the question log") { city, since, folder, limit };
        report.SetAction((parse, ct) => ReportAsync(parse.GetValue(city), parse.GetValue(since), parse.GetValue(folder), parse.GetValue(limit), ct));

        var menuCity = new Option<string>("--city") { Description = "City id whose LINE account gets the menu (Line:Channels:ID:ChannelAccessToken)", Required = true };
        var saveImage = new Option<FileInfo?>("--save-image") { Description = "Also write the drawn PNG to this file" };
        var richMenu = new Command("richmenu", "Create the city's rich menu (マイナンバーカード, オンライン手続き, スマホ教室, 職員に聞く, ヘルプ) and set it as the default") { menuCity, saveImage };
        richMenu.SetAction((parse, ct) => RichMenu.RichMenuCommand.RunAsync(CliServices.BuildConfiguration(new Dictionary<string, string?>()), parse.GetValue(menuCity)!,
            parse.GetValue(saveImage), Console.Out, Console.Error, ct));
        var line = new Command("line", "Set up a city's LINE official account") { richMenu };

        var state = new Option<string?>("--state") { Description = "waiting, answered, declined or expired" };
        var provider = new Option<string?>("--provider") { Description = "Sqlite or PostgreSql; default: Database:Provider" };
        var connection = new Option<string?>("--connection-string") { Description = "Default: Database:ConnectionString (SQLite: data/dxbot.db)" };
        var handoffLimit = new Option<int>("--limit") { Description = "Most recent requests to list, 1–1000", DefaultValueFactory = _ => 100 };
        var handoffList = new Command("list", "List the 「職員に聞く」 requests (newest first) and this month's LINE pushes") { state, city, handoffLimit, provider, connection };
        handoffList.SetAction((parse, ct) => HandoffListCommand.RunAsync(parse.GetValue(state), parse.GetValue(city), Math.Clamp(parse.GetValue(handoffLimit), 1, 1000), parse.GetValue(provider), parse.GetValue(connection), ct));
        var handoff = new Command("handoff", "Questions residents sent to staff (「職員に聞く」)") { handoffList };

        // `serve` runs in Program (the web host); it is here so that help lists it and `serve --help` describes it.
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, e.g. http://localhost:5000" };
        var serve = new Command("serve", "Run the web host (the default): /healthz, /readyz, LINE and Bot Framework endpoints, /admin. Any setting can be given as --Key=value (e.g. --Admin:ApiKey=...).") { urls };

        var root = new RootCommand("DxBot: answers about a city's DX plan. Without a command, `serve` runs the web host.") { serve, ask, chat, reindex, eval, report, import, cityCommand, line, handoff };
        return root.Parse(args).InvokeAsync();
    }

    private static async Task<int> AskAsync(string[]? knowledge, string? index, string? city, string channel, string[] texts, CancellationToken cancellationToken)
    {
        await using var services = await CliServices.BuildAsync(knowledge, index, cancellationToken);
        if (!CheckCity(services, city))
        {
            return 2;
        }

        var conversation = new LocalConversation(services, channel, city);
        foreach (var text in texts)
        {
            Console.WriteLine($"> {text}");
            Console.WriteLine(ReplyRenderer.ForTerminal(await conversation.SendAsync(text, cancellationToken)));
            Console.WriteLine();
        }

        return 0;
    }

    private static async Task<int> ChatAsync(string[]? knowledge, string? index, string? city, string channel, CancellationToken cancellationToken)
    {
        await using var services = await CliServices.BuildAsync(knowledge, index, cancellationToken);
        if (!CheckCity(services, city))
        {
            return 2;
        }

        // The person at this terminal runs the bot, so staff commands (reindex, unanswered) are theirs.
        var conversation = new LocalConversation(services, channel, city, isAdmin: true);
        var last = await conversation.StartAsync(cancellationToken);
        Console.WriteLine(ReplyRenderer.ForTerminal(last));
        Console.WriteLine("（ボタンは番号でも選べます。終了するには exit または Ctrl+D）");
        while (!cancellationToken.IsCancellationRequested)
        {
            Console.Write("> ");
            var line = Console.ReadLine();
            if (line is null || line.Trim() is "exit" or "quit")
            {
                break;
            }

            last = await conversation.SendAsync(ReplyRenderer.ChosenAction(line, last), cancellationToken);
            Console.WriteLine(ReplyRenderer.ForTerminal(last));
            Console.WriteLine();
        }

        return 0;
    }

    private static async Task<int> ReindexAsync(string[]? knowledge, string? index, string? url, CancellationToken cancellationToken)
    {
        await using var services = await CliServices.BuildAsync(knowledge, index, cancellationToken, start: false);
        var runtime = services.GetRequiredService<KnowledgeRuntime>();
        if (runtime.IndexRootInUse)
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var folder = Path.GetFullPath(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KnowledgeOptions>>().Value.IndexPath);
            return await RunningInstanceReindex.RunAsync(folder, url, configuration["Admin:ApiKey"], knowledge is { Length: > 0 }, Console.Out, cancellationToken);
        }

        // The generation on disk is what the bot answers from until this build replaces it: the changes are against it.
        runtime.RestoreSaved();
        var outcome = await runtime.ReindexAsync(cancellationToken);
        Console.WriteLine(outcome.Status switch
        {
            ReindexStatus.Succeeded => $"Indexed generation {outcome.Generation}: {outcome.Entries} entries, {outcome.Cities} cities, {outcome.Files} files in {outcome.Elapsed.TotalMilliseconds:0} ms.",
            ReindexStatus.Refused => $"Reindex refused: the knowledge has {outcome.Errors.Count} errors; nothing was written. Fix them and run it again.",
            _ => $"Reindex failed: {outcome.Failure}",
        });
        if (outcome.Succeeded)
        {
            ChangeReportRenderer.Write(outcome.Changes, Console.Out);
        }

        foreach (var error in outcome.Errors)
        {
            Console.WriteLine($"error: {error}");
        }

        Console.WriteLine($"{outcome.Errors.Count} knowledge errors.");
        return outcome.Succeeded ? 0 : 1;
    }

    /// <summary>
    /// An import is put in service at once: a draft kept out of service until someone remembers
    /// `dxbot reindex` is a plan the bot does not answer from. A draft written elsewhere (--out) is not in the knowledge.
    /// </summary>
    private static async Task<int> ImportAsync(FileInfo file, string city, string? outFolder, bool noReindex, string[]? knowledge, string? index, string? url, CancellationToken cancellationToken)
    {
        var written = ImportCommand.Run(file, city, outFolder, knowledge, Console.Out, Console.Error);
        if (written != 0)
        {
            return written;
        }

        if (noReindex || outFolder is not null)
        {
            Console.WriteLine("Review and edit the draft, then run `dxbot reindex` to put it in service.");
            return 0;
        }

        Console.WriteLine("Putting it in service (reindex; --no-reindex only writes the draft):");
        if (await ReindexAsync(knowledge, index, url, cancellationToken) == 0)
        {
            return 0;
        }

        Console.WriteLine("The draft is written but not in service: see above, then run `dxbot reindex` again.");
        return ImportCommand.WrittenNotInService;
    }

    private static async Task<int> EvalAsync(FileInfo file, string[]? knowledge, string? index, double? minPass, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"No such file: {file.FullName}");
            return 2;
        }

        var cases = EvalRunner.Read(file.FullName);
        await using var services = await CliServices.BuildAsync(knowledge, index, cancellationToken);
        var runner = new EvalRunner(services);
        int passed = 0, failed = 0;
        foreach (var evalCase in cases)
        {
            var result = await runner.RunAsync(evalCase, cancellationToken);
            if (result.Passed)
            {
                passed++;
                continue;
            }

            failed++;
            Console.WriteLine($"FAIL {evalCase.Id} [{evalCase.City ?? "-"}/{evalCase.Channel}] {string.Join(" → ", evalCase.Messages)}");
            foreach (var problem in result.Problems)
            {
                Console.WriteLine($"  {problem}");
            }

            Console.WriteLine("  reply: " + result.LastReply.Replace("\n", "\n         ", StringComparison.Ordinal));
        }

        Console.WriteLine($"{passed} passed, {failed} failed");
        var ratio = cases.Count == 0 ? 0 : (double)passed / cases.Count;
        return minPass is { } min && ratio < min ? 1 : 0;
    }

    private static async Task<int> ReportAsync(string? city, string? since, string? folder, int limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > QuestionReport.MaxGroups)
        {
            Console.Error.WriteLine($"Invalid --limit {limit}: give 1 to {QuestionReport.MaxGroups}.");
            return 2;
        }

        var from = DateTimeOffset.MinValue;
        if (since is not null && !QuestionReport.TryParseSince(since, out from))
        {
            Console.Error.WriteLine($"Invalid --since '{since}': give a date as YYYY-MM-DD.");
            return 2;
        }

        var overrides = new Dictionary<string, string?>();
        if (folder is not null)
        {
            overrides[$"{QuestionsOptions.SectionName}:{nameof(QuestionsOptions.Folder)}"] = Path.GetFullPath(folder);
        }

        var configuration = CliServices.BuildConfiguration(overrides);
        var options = configuration.GetSection(QuestionsOptions.SectionName).Get<QuestionsOptions>() ?? new QuestionsOptions();
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true))
        {
            Console.Error.WriteLine("Invalid Questions settings: " + string.Join("; ", problems.Select(p => p.ErrorMessage)));
            return 2;
        }

        // Unreadable lines are reported on stderr and skipped; the report goes on with the rest.
        using var logging = LoggerFactory.Create(l => l.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        // Streamed: the log is read one entry at a time, only the groups are kept.
        QuestionReport report;
        string source;
        if (folder is null && !string.IsNullOrWhiteSpace(storage.Redis))
        {
            // Several instances log to the shared Redis; an explicit --folder still reads files.
            try
            {
                await using var redis = await ConnectionMultiplexer.ConnectAsync(storage.Redis);
                var log = new RedisQuestionLog(redis, new RedisStorageOptions { KeyPrefix = storage.RedisKeyPrefix }, TimeSpan.FromDays(options.RetentionDays),
                    TimeProvider.System, logging.CreateLogger<RedisQuestionLog>());
                report = await QuestionReport.BuildAsync(log.StreamAsync(from, cancellationToken), city, limit, cancellationToken);
                source = $"Redis ({storage.RedisKeyPrefix}questions:*)";
            }
            catch (RedisConnectionException)
            {
                Console.Error.WriteLine("The Redis server in Storage:Redis is not reachable.");
                return 1;
            }
        }
        else
        {
            var log = new FileQuestionLog(options.Folder, options.RetentionDays, TimeProvider.System, logging.CreateLogger<FileQuestionLog>());
            report = await QuestionReport.BuildAsync(log.StreamAsync(from, cancellationToken), city, limit, cancellationToken);
            source = log.Folder;
        }

        Console.Write(QuestionReportRenderer.Render(report, source, city, from));
        return 0;
    }

    private static bool CheckCity(IServiceProvider services, string? city)
    {
        var cities = services.GetRequiredService<IKnowledgeProvider>().Current.Base.Cities;
        if (city is null || cities.ContainsKey(city))
        {
            return true;
        }

        Console.Error.WriteLine($"Unknown city '{city}'. Known: {string.Join(", ", cities.Keys)}");
        return false;
    }
}
