using DxBot.Dialogs.Topics.Admin;
using DxBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace DxBot.Imports;

/// <summary>Registers document uploads: the admin endpoint's and the Teams command's import.</summary>
public static class ImportServiceCollectionExtensions
{
    public static IServiceCollection AddDxBotImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ImportOptions>, ImportOptionsValidator>();
        services.AddSingleton<DocumentUploadService>();

        // Teams files: pre-signed downloads follow no redirect (a redirect would lead past the allow-list).
        services.AddHttpClient(TeamsAttachmentImporter.DownloadClient, c => c.Timeout = TimeSpan.FromMinutes(2))
            .ConfigurePrimaryHttpMessageHandler(NoRedirects.Apply);
        services.AddSingleton<IAttachmentImporter, TeamsAttachmentImporter>();
        return services;
    }
}
