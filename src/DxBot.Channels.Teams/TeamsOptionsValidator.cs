using Microsoft.Extensions.Options;

namespace DxBot.Channels.Teams;

/// <summary>Fails the start when a tenant is mapped to no city.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var errors = options.Tenants
            .Where(t => string.IsNullOrWhiteSpace(t.Key) || string.IsNullOrWhiteSpace(t.Value?.City))
            .Select(t => $"{TeamsOptions.SectionName}:Tenants:{t.Key}:City must be set to a city id.")
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
