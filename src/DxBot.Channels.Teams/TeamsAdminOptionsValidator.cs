using Microsoft.Extensions.Options;

namespace DxBot.Channels.Teams;

/// <summary>Fails the start on an empty administrator entry, which would otherwise silently match nobody.</summary>
internal sealed class TeamsAdminOptionsValidator : IValidateOptions<TeamsAdminOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsAdminOptions options) =>
        options.Users.Any(string.IsNullOrWhiteSpace)
            ? ValidateOptionsResult.Fail($"{TeamsAdminOptions.SectionName}:Users must not contain empty entries.")
            : ValidateOptionsResult.Success;
}
