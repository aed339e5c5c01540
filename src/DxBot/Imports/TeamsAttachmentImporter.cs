using System.Text.Json;
using DxBot.Dialogs.Topics.Admin;
using DxBot.Protocol.Connector;
using DxBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace DxBot.Imports;

/// <summary>
/// The Teams 「インポート」 command's download: a file sent in a personal chat arrives as
/// <c>application/vnd.microsoft.teams.file.download.info</c> with a pre-signed <c>downloadUrl</c> (fetched without any
/// token, only from an origin in <c>Import:DownloadHosts</c>); any other attachment with a <c>contentUrl</c> is fetched
/// from the Bot Connector with the bot's token, only on the connector allow-list. Neither follows redirects.
/// </summary>
public sealed class TeamsAttachmentImporter(
    DocumentUploadService uploads,
    ConnectorClient connector,
    IHttpClientFactory httpClientFactory,
    IOptions<ImportOptions> options,
    ILogger<TeamsAttachmentImporter> logger) : IAttachmentImporter
{
    public const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The named client for pre-signed downloads: no redirects, no token.</summary>
    public const string DownloadClient = "DxBot.Import.Download";

    private readonly IReadOnlyList<ServiceUrlPattern> _downloadHosts = [.. options.Value.DownloadHosts.Select(ServiceUrlPattern.Parse)];

    public bool IsFile(Attachment attachment) =>
        attachment.ContentType == FileDownloadInfo || (!string.IsNullOrEmpty(attachment.ContentUrl) && !attachment.ContentType.StartsWith("application/vnd.microsoft.card", StringComparison.Ordinal));

    public async Task<AttachmentImportResult> ImportAsync(string cityId, Attachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var scratch = Path.Combine(Path.GetTempPath(), "dxbot-teams-file-" + Guid.NewGuid().ToString("N"));
        try
        {
            bool complete;
            string? contentType;
            await using (var file = new FileStream(scratch, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                var downloaded = await DownloadAsync(attachment, file, cancellationToken).ConfigureAwait(false);
                if (downloaded.Refusal is { } refusal)
                {
                    return new AttachmentImportResult(false, refusal);
                }

                complete = downloaded.Complete;
                contentType = downloaded.ContentType;
            }

            if (!complete)
            {
                return new AttachmentImportResult(false, ImportStrings.TooLarge(uploads.MaxBytes) + ImportStrings.NothingWritten);
            }

            await using var document = new FileStream(scratch, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
            var result = await uploads.ImportAsync(cityId, attachment.Name, contentType, document, cancellationToken).ConfigureAwait(false);
            return new AttachmentImportResult(result.Imported, result.Message, result.Reindex);
        }
        finally
        {
            File.Delete(scratch);
        }
    }

    private async Task<(bool Complete, string? ContentType, string? Refusal)> DownloadAsync(Attachment attachment, Stream destination, CancellationToken cancellationToken)
    {
        try
        {
            if (attachment.ContentType == FileDownloadInfo)
            {
                if (attachment.Content is not JsonElement { ValueKind: JsonValueKind.Object } info
                    || !info.TryGetProperty("downloadUrl", out var url) || !Uri.TryCreate(url.GetString(), UriKind.Absolute, out var downloadUrl))
                {
                    return (false, null, ImportStrings.FileNotReadable);
                }

                if (!_downloadHosts.Any(p => p.Matches(downloadUrl)) || downloadUrl.UserInfo.Length > 0)
                {
                    // The host only, never the pre-signed query (it is a credential for the file).
                    logger.LogWarning("A Teams file was not downloaded: {Host} is not in Import:DownloadHosts.", downloadUrl.Host);
                    return (false, null, ImportStrings.HostNotAllowed(downloadUrl.Host));
                }

                var client = httpClientFactory.CreateClient(DownloadClient);
                using var response = await client.GetAsync(downloadUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    logger.LogWarning("A Teams file download was answered {Status}.", (int)response.StatusCode);
                    return (false, null, ImportStrings.FileNotReadable);
                }

                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var complete = await DocumentUploadService.CopyBoundedAsync(body, destination, uploads.MaxBytes, cancellationToken).ConfigureAwait(false) >= 0;
                // The file type Teams states is an extension (pdf, docx); the name carries it too.
                return (complete, null, null);
            }

            if (!Uri.TryCreate(attachment.ContentUrl, UriKind.Absolute, out var contentUrl))
            {
                return (false, null, ImportStrings.FileNotReadable);
            }

            var whole = await connector.DownloadAttachmentAsync(contentUrl, destination, uploads.MaxBytes, cancellationToken).ConfigureAwait(false);
            return (whole, attachment.ContentType, null);
        }
        catch (UntrustedServiceUrlException)
        {
            logger.LogWarning("A Teams attachment was not downloaded: its address is not on the connector allow-list.");
            return (false, null, ImportStrings.HostNotAllowed(Uri.TryCreate(attachment.ContentUrl, UriKind.Absolute, out var u) ? u.Host : "?"));
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning("A Teams attachment could not be downloaded ({Error}).", e.GetType().Name);
            return (false, null, ImportStrings.FileNotReadable);
        }
    }
}
