using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace DxBot.Storage.Redis;

/// <summary>Ready only when Redis answers a PING: without it no state can be read and no event claimed.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.0} ms.");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Only the kind of failure: a client message may quote the configuration, which can hold a password.
            return HealthCheckResult.Unhealthy($"Redis is not reachable ({e.GetType().Name}).");
        }
    }
}
