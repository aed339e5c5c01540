using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace DxBot.Hosting;

/// <summary>
/// `dotnet run --project src/DxBot` from the repository root makes the root the content root, where there is no
/// appsettings.json; the one built beside the program is then used, at the lowest precedence so environment
/// variables and the command line still override it.
/// </summary>
public static class BundledSettingsExtensions
{
    public static ConfigurationManager AddBundledSettings(this ConfigurationManager configuration, IHostEnvironment environment)
    {
        const string FileName = "appsettings.json";
        var beside = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(environment.ContentRootPath, FileName)) || !File.Exists(Path.Combine(beside, FileName)))
        {
            return configuration;
        }

        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(beside),
            Path = FileName,
            Optional = true,
        });
        return configuration;
    }
}
