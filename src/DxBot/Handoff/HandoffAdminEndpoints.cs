using DxBot.Dialogs.Answers;

namespace DxBot.Handoff;

/// <summary>
/// `GET /admin/handoffs[?state=waiting&amp;city=handa&amp;limit=100]`: the requests (newest first, never a resident's id)
/// and the LINE push messages sent per city and month, which count against each account's monthly quota.
/// </summary>
public static class HandoffAdminEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        admin.MapGet("/handoffs", async (HandoffStore store, TimeProvider time, string? state, string? city, int? limit, CancellationToken cancellationToken) =>
        {
            if (state is not null && !HandoffStates.All.Contains(state))
            {
                return Results.BadRequest(new { Error = $"state must be one of {string.Join(", ", HandoffStates.All)}." });
            }

            var requests = await store.ListAsync(state, city, Math.Clamp(limit ?? 100, 1, 1000), cancellationToken);
            var month = JapanTime.MonthOf(time.GetUtcNow());
            var pushes = await store.PushCountsAsync(null, cancellationToken);
            return Results.Ok(new
            {
                Month = month,
                PushesThisMonth = pushes.Where(p => p.Month == month).ToDictionary(p => p.City, p => p.Pushes),
                Pushes = pushes,
                Requests = requests.Select(r => new
                {
                    r.Id,
                    r.City,
                    r.Channel,
                    r.State,
                    r.Question,
                    r.CreatedAt,
                    r.AnsweredAt,
                    r.Department,
                    r.Answer,
                    Reminded = r.RemindedAt is not null,
                    r.KnowledgeFile,
                }),
            });
        });
    }
}
