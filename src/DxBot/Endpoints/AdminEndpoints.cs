using System.Security.Cryptography;
using System.Text;
using DxBot.Dialogs.Answers;
using DxBot.Handoff;
using DxBot.Hosting;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Endpoints;

/// <summary>
/// Administrator endpoints: reindex without stopping the bot, what is in service, and the questions it could not
/// answer. They exist only when `Admin:ApiKey` is set, and require it as `Authorization: Bearer KEY`.
/// </summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/admin").AddEndpointFilter(async (context, next) =>
        {
            var configured = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["Admin:ApiKey"];
            if (string.IsNullOrEmpty(configured))
            {
                return Results.NotFound();
            }

            if (IsAuthorized(context.HttpContext.Request.Headers.Authorization.ToString(), configured))
            {
                return await next(context);
            }

            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Unauthorized();
        });

        // 「職員に聞く」 requests and the month's LINE push count.
        HandoffAdminEndpoints.Map(group);

        // A city's document uploaded, imported and indexed at once.
        Imports.ImportEndpoints.Map(group);

        group.MapPost("/reindex", async (IKnowledgeReindexer reindexer, CancellationToken cancellationToken) =>
        {
            var outcome = await reindexer.ReindexAsync(cancellationToken);
            var body = new
            {
                Status = outcome.Status.ToString(),
                outcome.Succeeded,
                outcome.Generation,
                outcome.Entries,
                outcome.Cities,
                outcome.Files,
                ElapsedMs = (long)outcome.Elapsed.TotalMilliseconds,
                outcome.Rebuilt,
                outcome.Reused,
                Phases = outcome.Phases.Select(p => new { p.Name, ElapsedMs = Math.Round(p.Elapsed.TotalMilliseconds, 1) }),
                Gc = new { outcome.GcCollections, PauseMs = Math.Round(outcome.GcPause.TotalMilliseconds, 1) },
                outcome.Failure,
                Errors = outcome.Errors.Select(ErrorBody),
                outcome.Changes,
            };
            return Results.Json(body, statusCode: outcome.Status switch
            {
                ReindexStatus.Succeeded => StatusCodes.Status200OK,
                ReindexStatus.Busy => StatusCodes.Status409Conflict,
                ReindexStatus.Refused => StatusCodes.Status422UnprocessableEntity,
                _ => StatusCodes.Status500InternalServerError,
            });
        });

        group.MapGet("/index", (KnowledgeRuntime runtime) =>
        {
            var snapshot = runtime.Current;
            var last = runtime.LastOutcome;
            return Results.Ok(new
            {
                Instance = runtime.InstanceId,
                snapshot.Generation,
                snapshot.BuiltAt,
                Entries = snapshot.Base.Entries.Count,
                Cities = snapshot.Base.Entries
                    .GroupBy(e => e.CityId ?? "national")
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => new
                    {
                        Entries = g.Count(),
                        Kinds = g.GroupBy(e => e.Topic).OrderBy(k => k.Key, StringComparer.Ordinal).ToDictionary(k => k.Key, k => k.Count()),
                    }),
                ContactWarnings = ContactWarnings.Of(snapshot.Base),
                Morphology = runtime.Morphology.Status,
                LastReindex = last is null ? null : new
                {
                    Status = last.Status.ToString(),
                    last.Generation,
                    ElapsedMs = (long)last.Elapsed.TotalMilliseconds,
                    last.Failure,
                    Errors = last.Errors.Select(ErrorBody),
                },
            });
        });

        group.MapGet("/unanswered", async Task<IResult> (IQuestionLog log, string? city, string? since, int? limit, CancellationToken cancellationToken) =>
        {
            var from = DateTimeOffset.MinValue;
            if (since is not null && !QuestionReport.TryParseSince(since, out from))
            {
                return Results.BadRequest(new { Error = $"since: '{since}' is not a date (YYYY-MM-DD)" });
            }

            if (limit is < 1 or > QuestionReport.MaxGroups)
            {
                return Results.BadRequest(new { Error = $"limit: give 1 to {QuestionReport.MaxGroups} (default {QuestionReport.DefaultGroups})" });
            }

            // Streamed: the log is read one entry at a time, only the groups are kept.
            return Results.Ok(await QuestionReport.BuildAsync(log.StreamAsync(from, cancellationToken), city, limit ?? QuestionReport.DefaultGroups, cancellationToken));
        });
        return endpoints;
    }

    /// <summary>
    /// Compares hashes in constant time, so neither the key's characters nor its length leak through the timing.
    /// </summary>
    internal static bool IsAuthorized(string header, string configured)
    {
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(given, SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
    }

    private static object ErrorBody(KnowledgeError error) => new { error.File, error.Line, error.Message, Text = error.ToString() };
}
