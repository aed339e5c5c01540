using System.Globalization;
using System.Threading.RateLimiting;
using DxBot.Channels.Teams;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>
/// Kestrel's limits, the per-address request limiter and the per-user turn limiter, all from <see cref="LimitsOptions"/>;
/// and the process's own memory kept in bounds (<see cref="NativeHeapTrimmer"/>).
/// </summary>
public static class LimitsServiceCollectionExtensions
{
    private const string LinePathPrefix = "/api/line";
    private const string AdminPathPrefix = "/admin";

    public static IServiceCollection AddDxBotLimits(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection(LimitsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LimitsOptions>, LimitsOptionsValidator>());

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((kestrel, limits) =>
        {
            var value = limits.Value;
            kestrel.Limits.MaxConcurrentConnections = value.MaxConcurrentConnections;
            kestrel.Limits.MaxConcurrentUpgradedConnections = value.MaxConcurrentConnections;
            kestrel.Limits.RequestHeadersTimeout = value.RequestHeadersTimeout;
            kestrel.Limits.KeepAliveTimeout = value.KeepAliveTimeout;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(value.MinRequestBodyBytesPerSecond, value.MinRequestBodyGracePeriod);
            kestrel.Limits.MaxRequestBodySize = value.MaxRequestBodyBytes;
        });

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitsOptions>, ILoggerFactory>((rateLimiter, limits, loggers) =>
        {
            var value = limits.Value;
            var logger = loggers.CreateLogger(typeof(LimitsServiceCollectionExtensions).FullName!);
            rateLimiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rateLimiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => PartitionOf(context, value));
            rateLimiter.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : value.Window;
                rejected.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                // The path, never the address: an IP is personal data too, and the limiter's metrics count per endpoint.
                logger.LogWarning("Too many requests to {Path}; answered 429.", rejected.HttpContext.Request.Path.Value);
                return ValueTask.CompletedTask;
            };
        });

        // Ahead of the dialogs' middleware (privacy included): a dropped flood message needs no further look.
        services.AddSingleton<Protocol.Builder.IMiddleware, TurnRateLimitMiddleware>();

        // The memory glibc's arenas keep after a load peak goes back to the system (issue #17's RSS goal); once, however
        // often this is called.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, NativeHeapTrimmer>());
        return services;
    }

    /// <summary>Drops slow or vanished clients quietly, then applies the failed-authentication and per-address limits; before any endpoint.</summary>
    public static IApplicationBuilder UseDxBotLimits(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ClientAbortMiddleware>();
        app.UseMiddleware<FailedAuthenticationLimitMiddleware>();
        app.UseRateLimiter();
        return app;
    }

    private static RateLimitPartition<string> PartitionOf(HttpContext context, LimitsOptions limits)
    {
        var path = context.Request.Path;
        string endpoint;
        int permits;
        if (path.StartsWithSegments(LinePathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            (endpoint, permits) = ("line", limits.WebhookRequestsPerWindow);
        }
        else if (path.StartsWithSegments(TeamsEndpointRouteBuilderExtensions.MessagesPath, StringComparison.OrdinalIgnoreCase))
        {
            (endpoint, permits) = ("messages", limits.MessagesRequestsPerWindow);
        }
        else if (path.StartsWithSegments(AdminPathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            (endpoint, permits) = ("admin", limits.AdminRequestsPerWindow);
        }
        else
        {
            // Health probes and metrics scrapes come from the platform.
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        // The address as the host sees it: behind a trusted proxy (forwarded headers on), the client's, not the proxy's.
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(endpoint + "|" + address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = limits.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
