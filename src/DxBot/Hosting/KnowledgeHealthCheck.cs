using DxBot.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DxBot.Hosting;

/// <summary>Ready once a generation with entries is in service: before that every answer would be "I don't know".</summary>
public sealed class KnowledgeHealthCheck(IKnowledgeProvider knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = knowledge.Current;
        return Task.FromResult(snapshot.Generation > 0 && snapshot.Base.Entries.Count > 0
            ? HealthCheckResult.Healthy($"Generation {snapshot.Generation}, {snapshot.Base.Entries.Count} entries.")
            : HealthCheckResult.Unhealthy("No knowledge index is in service yet."));
    }
}
