using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DxBot.Tests.Support;

/// <summary>The real host with its own index folder and, optionally, its own knowledge folders, admin key and settings.</summary>
internal sealed class DxBotFactory(IReadOnlyList<string>? knowledgeFolders = null, string? adminKey = null, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public string IndexFolder { get; } = RepositoryPaths.NewTempFolder();

    public string QuestionsFolder { get; } = RepositoryPaths.NewTempFolder();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Knowledge:IndexPath", IndexFolder);
        builder.UseSetting("Questions:Folder", QuestionsFolder);
        for (var i = 0; i < (knowledgeFolders?.Count ?? 0); i++)
        {
            builder.UseSetting($"Knowledge:Folders:{i}", knowledgeFolders![i]);
        }

        if (adminKey is not null)
        {
            builder.UseSetting("Admin:ApiKey", adminKey);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(QuestionsFolder, recursive: true);
            Directory.Delete(IndexFolder, recursive: true);
        }
        catch (IOException)
        {
            // A retiring generation may still be closing; the temp folder is cleaned by the OS eventually.
        }
    }
}
