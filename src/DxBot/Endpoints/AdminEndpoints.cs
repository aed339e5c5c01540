using System.Security.Cryptography;
using System.Text;
using DxBot.Dialogs.Answers;
using DxBot.Knowledge;

namespace DxBot.Endpoints;

/// <summary>
/// Administrator endpoints: reindex without stopping the bot, and the questions it could not answer.
/// They exist only when `Admin:ApiKey` is set, and require it in the `X-Admin-Key` header.
/// </summary>
public static class AdminEndpoints
{
    private const string KeyHeader = "X-Admin-Key";

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/admin").AddEndpointFilter(async (context, next) =>
        {
            var configured = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["Admin:ApiKey"];
            if (string.IsNullOrEmpty(configured))
            {
                return Results.NotFound();
            }

            var given = context.HttpContext.Request.Headers[KeyHeader].ToString();
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(configured))
                ? await next(context)
                : Results.Unauthorized();
        });

        group.MapPost("/reindex", async (IKnowledgeReindexer reindexer, CancellationToken cancellationToken) =>
        {
            var outcome = await reindexer.ReindexAsync(cancellationToken);
            var body = new
            {
                outcome.Succeeded,
                outcome.Generation,
                outcome.Entries,
                outcome.Cities,
                outcome.Files,
                ElapsedMs = (long)outcome.Elapsed.TotalMilliseconds,
                outcome.Failure,
                Errors = outcome.Errors.Select(e => e.ToString()),
            };
            return outcome.Succeeded ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status500InternalServerError);
        });

        group.MapGet("/unanswered", async Task<IResult> (IQuestionLog log, string? city, string? since, CancellationToken cancellationToken) =>
        {
            var from = DateTimeOffset.MinValue;
            if (since is not null && !QuestionReport.TryParseSince(since, out from))
            {
                return Results.BadRequest(new { Error = $"since: '{since}' is not a date (YYYY-MM-DD)" });
            }

            return Results.Ok(QuestionReport.Build(await log.ReadAsync(from, cancellationToken), city));
        });
        return endpoints;
    }
}
