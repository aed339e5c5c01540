using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>Stops the host at start when a limit makes no sense (zero, negative, or so small that nothing gets through).</summary>
internal sealed class LimitsOptionsValidator : IValidateOptions<LimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, LimitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = LimitsOptions.SectionName;
        var failures = new List<string>();

        if (options.MaxConcurrentConnections < 1)
        {
            failures.Add($"{section}:MaxConcurrentConnections must be at least 1.");
        }

        if (options.RequestHeadersTimeout <= TimeSpan.Zero || options.KeepAliveTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{section}:RequestHeadersTimeout and {section}:KeepAliveTimeout must be positive.");
        }

        if (!double.IsFinite(options.MinRequestBodyBytesPerSecond) || options.MinRequestBodyBytesPerSecond <= 0
            || options.MinRequestBodyGracePeriod <= TimeSpan.FromSeconds(1))
        {
            // Kestrel itself refuses a grace period of a second or less.
            failures.Add($"{section}:MinRequestBodyBytesPerSecond must be positive and {section}:MinRequestBodyGracePeriod over 1 second.");
        }

        if (options.MaxRequestBodyBytes < 64 * 1024)
        {
            failures.Add($"{section}:MaxRequestBodyBytes must be at least 64 KiB (an activity or a webhook batch must fit).");
        }

        if (options.Window < TimeSpan.FromSeconds(1) || options.Window > TimeSpan.FromDays(1))
        {
            failures.Add($"{section}:Window must be between 1 second and 1 day.");
        }

        if (options.WebhookRequestsPerWindow < 1 || options.MessagesRequestsPerWindow < 1 || options.AdminRequestsPerWindow < 1
            || options.TurnsPerWindowPerUser < 1 || options.FailedAuthenticationsPerWindow < 1)
        {
            failures.Add($"{section}: WebhookRequestsPerWindow, MessagesRequestsPerWindow, AdminRequestsPerWindow, FailedAuthenticationsPerWindow and TurnsPerWindowPerUser must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
