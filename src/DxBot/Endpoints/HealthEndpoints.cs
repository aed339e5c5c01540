using DxBot.Knowledge;

namespace DxBot.Endpoints;

/// <summary>Liveness for load balancers, with the knowledge generation in service so a reindex can be checked.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (IKnowledgeProvider knowledge) =>
        {
            var snapshot = knowledge.Current;
            return Results.Ok(new
            {
                status = "ok",
                knowledge = new { generation = snapshot.Generation, builtAt = snapshot.BuiltAt, cities = snapshot.Base.Cities.Count, entries = snapshot.Base.Entries.Count },
            });
        });
        return endpoints;
    }
}
