using System.Text.RegularExpressions;
using DxBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line;

/// <summary>Stops the host at start when the LINE settings cannot work, naming the key (never its value).</summary>
internal sealed partial class LineOptionsValidator : IValidateOptions<LineOptions>
{
    public ValidateOptionsResult Validate(string? name, LineOptions options)
    {
        var failures = new List<string>();
        // The access token travels with every call: plain http only where it cannot leave the machine.
        if (options.ApiBaseUrl is null || !options.ApiBaseUrl.IsAbsoluteUri
            || !(options.ApiBaseUrl.Scheme == Uri.UriSchemeHttps
                 || (options.ApiBaseUrl.Scheme == Uri.UriSchemeHttp && Loopback.IsLoopbackHost(options.ApiBaseUrl.Host))))
        {
            failures.Add("Line:ApiBaseUrl must be an absolute https URL (http only for a loopback host).");
        }

        if (options.DataApiBaseUrl is null || !options.DataApiBaseUrl.IsAbsoluteUri
            || !(options.DataApiBaseUrl.Scheme == Uri.UriSchemeHttps
                 || (options.DataApiBaseUrl.Scheme == Uri.UriSchemeHttp && Loopback.IsLoopbackHost(options.DataApiBaseUrl.Host))))
        {
            failures.Add("Line:DataApiBaseUrl must be an absolute https URL (http only for a loopback host).");
        }

        foreach (var (city, channel) in options.Channels)
        {
            if (!CityId().IsMatch(city))
            {
                failures.Add($"Line:Channels:{city} is not a valid city id (lowercase letters, digits, '-').");
            }

            if (channel.HasSecret && string.IsNullOrWhiteSpace(channel.ChannelAccessToken))
            {
                failures.Add($"Line:Channels:{city}:ChannelAccessToken is required when the city has a ChannelSecret.");
            }
        }

        if (options.ReplyDeadline <= TimeSpan.Zero || options.ReplyDeadline > TimeSpan.FromMinutes(5))
        {
            failures.Add("Line:ReplyDeadline must be between 0 and 5 minutes.");
        }

        if (options.TurnTimeout <= TimeSpan.Zero)
        {
            failures.Add("Line:TurnTimeout must be positive.");
        }

        if (options.ConversationLeaseWait < TimeSpan.Zero)
        {
            failures.Add("Line:ConversationLeaseWait must not be negative.");
        }

        // Kestrel refuses bodies over 30 MB by itself; a limit above that would never apply.
        if (options.MaxRequestBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            failures.Add("Line:MaxRequestBodyBytes must be between 1 KiB and 16 MiB.");
        }

        if (options.MaxEventsPerRequest is < 1 or > 10_000)
        {
            failures.Add("Line:MaxEventsPerRequest must be between 1 and 10000.");
        }

        if (options.QueueCapacity < 1 || options.Workers < 1 || options.Workers > 256)
        {
            failures.Add("Line:QueueCapacity must be at least 1 and Line:Workers between 1 and 256.");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero || options.DeduplicationCapacity < 1)
        {
            failures.Add("Line:DeduplicationWindow and Line:DeduplicationCapacity must be positive.");
        }

        if (options.LoadingDelay < TimeSpan.Zero)
        {
            failures.Add("Line:LoadingDelay must not be negative.");
        }

        if (options.LoadingSeconds is < 5 or > 60 || options.LoadingSeconds % 5 != 0)
        {
            failures.Add("Line:LoadingSeconds must be a multiple of 5 between 5 and 60 (LINE's rule).");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Line:RequestTimeout must be positive.");
        }

        if (options.Retry.MaxAttempts is < 0 or > 10 || options.Retry.BaseDelay < TimeSpan.Zero || options.Retry.MaxDelay < options.Retry.BaseDelay)
        {
            failures.Add("Line:Retry needs MaxAttempts 0–10 and 0 <= BaseDelay <= MaxDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // The id becomes a URL segment and a knowledge folder name.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex CityId();
}
