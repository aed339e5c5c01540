namespace DxBot.Endpoints;

/// <summary>Administrator endpoints (reindex without stopping the bot).</summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
