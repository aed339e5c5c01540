using Microsoft.Extensions.Options;

namespace DxBot.Handoff;

/// <summary>Refuses at start what would only fail when a resident asks.</summary>
internal sealed class HandoffOptionsValidator : IValidateOptions<HandoffOptions>
{
    public ValidateOptionsResult Validate(string? name, HandoffOptions options)
    {
        var failures = new List<string>();
        if (options.RetentionDays is < 1 or > 3650)
        {
            failures.Add("Handoff:RetentionDays must be 1 to 3650.");
        }

        if (options.ExpireAfterHours < 1 || options.ExpireAfterHours > options.RetentionDays * 24)
        {
            failures.Add("Handoff:ExpireAfterHours must be at least 1 and within Handoff:RetentionDays.");
        }

        if (options.RemindAfterHours < 1 || options.RemindAfterHours >= options.ExpireAfterHours)
        {
            failures.Add("Handoff:RemindAfterHours must be at least 1 and less than Handoff:ExpireAfterHours.");
        }

        if (options.CheckInterval < TimeSpan.FromSeconds(1) || options.CheckInterval > TimeSpan.FromHours(1))
        {
            failures.Add("Handoff:CheckInterval must be 1 second to 1 hour.");
        }

        foreach (var (city, channel) in options.Cities)
        {
            var hasUrl = !string.IsNullOrWhiteSpace(channel.ServiceUrl);
            if (hasUrl != !string.IsNullOrWhiteSpace(channel.ConversationId))
            {
                failures.Add($"Handoff:Cities:{city}: ServiceUrl and ConversationId go together.");
            }
            else if (hasUrl && (!Uri.TryCreate(channel.ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")))
            {
                failures.Add($"Handoff:Cities:{city}:ServiceUrl must be an absolute http(s) URL.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
