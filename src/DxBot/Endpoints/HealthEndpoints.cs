using System.Text.Json;
using DxBot.Knowledge;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DxBot.Endpoints;

/// <summary>
/// `/healthz`: the process is alive (for restarts), with the knowledge generation in service so a reindex can be
/// checked. `/readyz`: it can answer (an index with entries, the shared store reachable), for load balancers; 503 if not.
/// </summary>
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

        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteReadinessAsync,
        });
        return endpoints;
    }

    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        var body = new
        {
            status = report.Status == HealthStatus.Healthy ? "ready" : "not ready",
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
