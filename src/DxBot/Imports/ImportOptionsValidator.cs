using DxBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace DxBot.Imports;

/// <summary>Checked at start: a download host that is not an https origin pattern would be a hole, not a setting.</summary>
public sealed class ImportOptionsValidator : IValidateOptions<ImportOptions>
{
    public ValidateOptionsResult Validate(string? name, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var host in options.DownloadHosts)
        {
            if (!ServiceUrlPattern.TryParse(host, out var pattern, out var error))
            {
                failures.Add($"Import:DownloadHosts: '{host}' is not an origin pattern ({error}).");
            }
            else if (pattern.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add($"Import:DownloadHosts: '{host}' must be https.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
