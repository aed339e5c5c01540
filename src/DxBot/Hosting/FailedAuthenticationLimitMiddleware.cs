using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>
/// After <see cref="LimitsOptions.FailedAuthenticationsPerWindow"/> answers of 401 to one remote address in a window
/// (a bad LINE signature, a bad Bot Framework token, a wrong admin key), that address gets 429 for the rest of the
/// window before any signature, token or key is looked at: guessing costs the guesser, not the service.
/// </summary>
internal sealed class FailedAuthenticationLimitMiddleware : IDisposable
{
    private readonly RequestDelegate _next;
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly TimeSpan _window;
    private readonly ILogger<FailedAuthenticationLimitMiddleware> _logger;

    public FailedAuthenticationLimitMiddleware(RequestDelegate next, IOptions<LimitsOptions> options, ILogger<FailedAuthenticationLimitMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _next = next;
        _window = limits.Window;
        _logger = logger;
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.FailedAuthenticationsPerWindow,
            Window = limits.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (_failures.GetStatistics(address)?.CurrentAvailablePermits == 0)
        {
            // The path only: an address is personal data too.
            _logger.LogWarning("Too many failed authentications from one address; {Path} answered 429.", context.Request.Path.Value);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(_window.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return;
        }

        await _next(context).ConfigureAwait(false);
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            _failures.AttemptAcquire(address).Dispose();
        }
    }

    public void Dispose() => _failures.Dispose();
}
