using System.Text.RegularExpressions;
using DxBot.Hosting;
using DxBot.Import;
using DxBot.Knowledge;
using Microsoft.Extensions.Options;

namespace DxBot.Imports;

/// <summary>
/// Imports a document received over the network (admin endpoint, Teams) into the city's knowledge folder and puts it in
/// service at once. The document is copied to a private temporary folder (within the size limit), read into a draft
/// that the knowledge loader must accept, written over any earlier import of the same file name, and reindexed; when
/// the reindex does not succeed the earlier draft is put back, so the folder never holds what the bot does not serve.
/// One import at a time.
/// </summary>
public sealed partial class DocumentUploadService(
    IOptions<KnowledgeOptions> knowledgeOptions,
    IOptions<ImportOptions> importOptions,
    IKnowledgeReindexer reindexer,
    ILogger<DocumentUploadService> logger) : IDisposable
{
    private static readonly Dictionary<string, string> ExtensionOfType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = ".pdf",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ".docx",
        ["text/html"] = ".html",
        ["text/plain"] = ".txt",
        ["text/markdown"] = ".md",
    };

    private static readonly HashSet<string> Supported = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".docx", ".html", ".htm", ".txt", ".md", ".markdown" };

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public long MaxBytes => importOptions.Value.MaxUploadBytes;

    /// <summary>
    /// The file name to import under: the name given (its folder parts and unsafe characters dropped), with the
    /// extension of its content type when the name has no supported one; null when neither says a supported format.
    /// </summary>
    public static string? FileNameFor(string? name, string? contentType)
    {
        var given = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        var stem = UnsafeName().Replace(Path.GetFileNameWithoutExtension(given), "-").Trim('-', '.', ' ');
        if (stem.Length > 100)
        {
            stem = stem[..100];
        }

        stem = stem.Length == 0 ? "document" : stem;
        var extension = Path.GetExtension(given);
        if (Supported.Contains(extension))
        {
            return stem + extension.ToLowerInvariant();
        }

        var mediaType = contentType?.Split(';')[0].Trim();
        return mediaType is not null && ExtensionOfType.TryGetValue(mediaType, out var fromType) ? stem + fromType : null;
    }

    /// <summary>Imports <paramref name="content"/> (at most <see cref="MaxBytes"/>) for <paramref name="city"/> and reindexes.</summary>
    public async Task<UploadResult> ImportAsync(string? city, string? fileName, string? contentType, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(city))
        {
            return Refused(UploadStatus.BadRequest, ImportStrings.MissingCity);
        }

        if (!CityId().IsMatch(city))
        {
            // The id names a folder: nothing like `../` may reach Path.Combine.
            return Refused(UploadStatus.BadRequest, ImportStrings.BadCity);
        }

        var cityFolder = CityFolders.Find(KnowledgeLocator.Resolve(knowledgeOptions.Value.Folders), city);
        if (cityFolder is null)
        {
            return Refused(UploadStatus.UnknownCity, ImportStrings.UnknownCity(city));
        }

        if (FileNameFor(fileName, contentType) is not { } name)
        {
            return Refused(UploadStatus.Unsupported, ImportStrings.Unsupported);
        }

        var scratch = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "dxbot-upload-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var document = Path.Combine(scratch, name);
            long size;
            await using (var file = new FileStream(document, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                size = await CopyBoundedAsync(content, file, MaxBytes, cancellationToken).ConfigureAwait(false);
            }

            if (size < 0)
            {
                return Refused(UploadStatus.TooLarge, ImportStrings.TooLarge(MaxBytes));
            }

            if (size == 0)
            {
                return Refused(UploadStatus.Unreadable, ImportStrings.Empty);
            }

            await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await ImportLockedAsync(city, cityFolder, document, size, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _oneAtATime.Release();
            }
        }
        finally
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary copy is removed with the temp folder.
            }
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private async Task<UploadResult> ImportLockedAsync(string city, string cityFolder, string document, long size, CancellationToken cancellationToken)
    {
        var target = Path.Combine(cityFolder, DocumentImporter.DraftFileName(document));
        var previous = File.Exists(target) ? await File.ReadAllBytesAsync(target, cancellationToken).ConfigureAwait(false) : null;
        ImportOutcome outcome;
        try
        {
            // PdfPig and the Open XML SDK are synchronous; a large plan takes seconds, off the request thread.
            outcome = await Task.Run(
                () => DocumentImporter.Import(document, city, Path.Combine(cityFolder, "city.yaml"), cityFolder, knowledgeOptions.Value.Limits),
                cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentImportException e)
        {
            logger.LogInformation("An uploaded document for {City} could not be read ({Bytes} bytes); nothing written.", city, size);
            return Refused(UploadStatus.Unreadable, e.Message + ImportStrings.NothingWritten);
        }

        if (!outcome.Written)
        {
            return Refused(UploadStatus.DraftRejected, ImportStrings.DraftRejected(outcome.Errors.Count), outcome.Errors);
        }

        // Not cancelled from here: the draft is written, and only a finished reindex or the rollback may follow it.
        var reindex = await reindexer.ReindexAsync(CancellationToken.None).ConfigureAwait(false);
        var drafted = Path.GetFileName(outcome.DraftPath);
        if (!reindex.Succeeded)
        {
            await RollBackAsync(target, previous).ConfigureAwait(false);
            logger.LogWarning("An uploaded document for {City} was taken back: the reindex ended {Status}.", city, reindex.Status);
            var (status, message) = reindex.Status switch
            {
                ReindexStatus.Busy => (UploadStatus.ReindexBusy, ImportStrings.ReindexBusy),
                ReindexStatus.Refused => (UploadStatus.ReindexRefused, ImportStrings.ReindexRefused(reindex.Errors.Count)),
                _ => (UploadStatus.ReindexFailed, ImportStrings.ReindexFailed(reindex.Failure)),
            };
            return new UploadResult(status, message, [.. reindex.Errors.Select(e => e.ToString())])
            {
                DraftFile = drafted,
                DocumentTitle = outcome.DocumentTitle,
                Sections = outcome.Sections.Count,
                Reindex = reindex,
            };
        }

        logger.LogInformation("Imported {Sections} sections for {City} ({Bytes} bytes) and reindexed: generation {Generation}, {Added} added, {Removed} removed, {Changed} changed.",
            outcome.Sections.Count, city, size, reindex.Generation, reindex.Changes.Added, reindex.Changes.Removed, reindex.Changes.Changed);
        return new UploadResult(UploadStatus.Imported, ImportStrings.Imported(outcome.DocumentTitle, outcome.Sections.Count, reindex.Generation), [])
        {
            DraftFile = drafted,
            DocumentTitle = outcome.DocumentTitle,
            Sections = outcome.Sections.Count,
            Reindex = reindex,
        };
    }

    private static async Task RollBackAsync(string target, byte[]? previous)
    {
        if (previous is null)
        {
            File.Delete(target);
            return;
        }

        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, previous, CancellationToken.None).ConfigureAwait(false);
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Copies at most <paramref name="max"/> bytes; -1 when the source holds more (the copy is then incomplete).</summary>
    internal static async Task<long> CopyBoundedAsync(Stream source, Stream destination, long max, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > max)
            {
                return -1;
            }

            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return total;
    }

    private static UploadResult Refused(UploadStatus status, string message, IReadOnlyList<string>? errors = null) => new(status, message, errors ?? []);

    [GeneratedRegex(@"^[a-z0-9][a-z0-9\-]{0,39}$")]
    private static partial Regex CityId();

    [GeneratedRegex(@"[^\p{L}\p{N}_\-]+")]
    private static partial Regex UnsafeName();
}
