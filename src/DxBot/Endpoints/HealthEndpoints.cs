namespace DxBot.Endpoints;

/// <summary>Liveness for load balancers and the README's first check.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        return endpoints;
    }
}
