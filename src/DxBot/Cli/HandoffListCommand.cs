using System.Globalization;
using System.Text;
using DxBot.Handoff;
using DxBot.Storage.Sql;
using Microsoft.Extensions.Logging.Abstractions;
using DxBot.Dialogs.Answers;

namespace DxBot.Cli;

/// <summary>
/// `dxbot handoff list`: the 「職員に聞く」 requests in the database the bot uses (`Database:*`, or the options), newest
/// first, with this month's LINE push count per city. Never a resident's id.
/// </summary>
internal static class HandoffListCommand
{
    public static async Task<int> RunAsync(string? state, string? city, int limit, string? provider, string? connectionString, CancellationToken cancellationToken)
    {
        if (state is not null && !HandoffStates.All.Contains(state))
        {
            Console.Error.WriteLine($"--state must be one of {string.Join(", ", HandoffStates.All)}.");
            return 2;
        }

        var overrides = new Dictionary<string, string?>();
        if (provider is not null)
        {
            overrides["Database:Provider"] = provider;
        }

        if (connectionString is not null)
        {
            overrides["Database:ConnectionString"] = connectionString;
        }

        var options = CliServices.BuildConfiguration(overrides).GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        await using var database = new SqlDatabase(options, Directory.GetCurrentDirectory());
        var store = new HandoffStore(database, new SchemaMigrator(database, HandoffMigrations.All, TimeProvider.System, NullLogger<SchemaMigrator>.Instance));
        var requests = await store.ListAsync(state, city, limit, cancellationToken);
        Console.Write(Render(requests, await store.PushCountsAsync(null, cancellationToken), TimeProvider.System.GetUtcNow()));
        return 0;
    }

    internal static string Render(IReadOnlyList<HandoffRecord> requests, IReadOnlyList<PushCount> pushes, DateTimeOffset now)
    {
        var text = new StringBuilder();
        text.AppendLine("ID        STATE     CITY         CREATED (JST)     ANSWERED (JST)    DEPARTMENT    QUESTION");
        foreach (var request in requests)
        {
            text.Append(HandoffCards.ShortId(request.Id).PadRight(10))
                .Append(request.State.PadRight(10))
                .Append(request.City.PadRight(13))
                .Append(HandoffCards.JapanTimeText(request.CreatedAt).PadRight(18))
                .Append((request.AnsweredAt is { } answered ? HandoffCards.JapanTimeText(answered) : "-").PadRight(18))
                .Append((request.Department ?? "-").PadRight(14))
                .AppendLine(TerminalText.Clean(request.Question.ReplaceLineEndings(" ")));
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{requests.Count} requests.");
        var month = JapanTime.MonthOf(now);
        var thisMonth = pushes.Where(p => p.Month == month).ToList();
        var counts = thisMonth.Count == 0 ? "none" : string.Join(", ", thisMonth.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.City} {p.Pushes}")));
        text.AppendLine(CultureInfo.InvariantCulture, $"LINE pushes in {month}: {counts}");
        return text.ToString();
    }
}
