using System.ComponentModel.DataAnnotations;

namespace DxBot.Imports;

/// <summary>Documents uploaded to `POST /admin/import` or sent to the bot in Teams, bound from the `Import` section.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>
    /// The largest document taken (bytes). A plan of a few hundred pages with embedded fonts is tens of MB; the default
    /// leaves room for that while bounding the temporary copy.
    /// </summary>
    [Range(1024, 1L << 30)]
    public long MaxUploadBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Origins a Teams file may be downloaded from without the bot's token (its pre-signed `downloadUrl`), as
    /// `https://host` or `https://*.domain`: e.g. the city's `https://*.sharepoint.com`. Empty: only files the Bot
    /// Connector serves (sent with the bot's token, to the connector hosts the bot already trusts).
    /// </summary>
    public List<string> DownloadHosts { get; set; } = [];
}
