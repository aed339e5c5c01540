using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DxBot.Imports;

/// <summary>
/// `POST /admin/import`: a city's document, as multipart/form-data (`file`, and `city` as a field or in the query) or as
/// the raw body with its content type and `?city=ID&amp;name=FILE`. Imported and indexed at once; the answer is the
/// import and the reindex's change report. Broken, encrypted or unsupported documents get a 4xx with nothing written.
/// </summary>
public static class ImportEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapPost("/import", async (HttpContext context, DocumentUploadService uploads, CancellationToken cancellationToken) =>
        {
            // Above Kestrel's general body limit (Limits:MaxRequestBodyBytes): a plan is larger than any webhook.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = uploads.MaxBytes + (64 * 1024);
            }

            if (context.Request.ContentLength > uploads.MaxBytes + (64 * 1024))
            {
                return Answer(new UploadResult(UploadStatus.TooLarge, ImportStrings.TooLarge(uploads.MaxBytes), []));
            }

            try
            {
                var query = context.Request.Query;
                if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
                    || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
                {
                    return Answer(await uploads.ImportAsync(query["city"], query["name"], context.Request.ContentType, context.Request.Body, cancellationToken));
                }

                return Answer(await ImportMultipartAsync(context, mediaType, uploads, cancellationToken));
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return Answer(new UploadResult(UploadStatus.TooLarge, ImportStrings.TooLarge(uploads.MaxBytes), []));
            }
            catch (InvalidDataException)
            {
                // A multipart body that does not parse.
                return Answer(new UploadResult(UploadStatus.BadRequest, ImportStrings.MissingFile, []));
            }
        });
    }

    /// <summary>Streams the first file part to the importer (no buffering of the form); `city` may come before it or in the query.</summary>
    private static async Task<UploadResult> ImportMultipartAsync(HttpContext context, MediaTypeHeaderValue mediaType, DocumentUploadService uploads, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return new UploadResult(UploadStatus.BadRequest, ImportStrings.MissingFile, []);
        }

        string? city = context.Request.Query["city"];
        var reader = new MultipartReader(boundary, context.Request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            if (disposition.IsFileDisposition())
            {
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                return await uploads.ImportAsync(city, name, section.ContentType, section.Body, cancellationToken);
            }

            if (disposition.Name.Equals("city", StringComparison.Ordinal))
            {
                using var text = new StreamReader(section.Body);
                // An id is a few characters; a long field is not one.
                var buffer = new char[64];
                var read = await text.ReadBlockAsync(buffer, cancellationToken);
                city = new string(buffer, 0, read).Trim();
            }
        }

        return new UploadResult(UploadStatus.BadRequest, ImportStrings.MissingFile, []);
    }

    private static IResult Answer(UploadResult result)
    {
        var status = result.Status switch
        {
            UploadStatus.Imported => StatusCodes.Status200OK,
            UploadStatus.BadRequest => StatusCodes.Status400BadRequest,
            UploadStatus.UnknownCity => StatusCodes.Status404NotFound,
            UploadStatus.TooLarge => StatusCodes.Status413PayloadTooLarge,
            UploadStatus.Unsupported => StatusCodes.Status415UnsupportedMediaType,
            UploadStatus.Unreadable or UploadStatus.DraftRejected or UploadStatus.ReindexRefused => StatusCodes.Status422UnprocessableEntity,
            UploadStatus.ReindexBusy => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status500InternalServerError,
        };
        var reindex = result.Reindex;
        return Results.Json(
            new
            {
                Status = result.Status.ToString(),
                result.Imported,
                result.Message,
                result.DraftFile,
                Document = result.DocumentTitle,
                result.Sections,
                result.Errors,
                Reindex = reindex is null ? null : new
                {
                    Status = reindex.Status.ToString(),
                    reindex.Generation,
                    reindex.Entries,
                    ElapsedMs = (long)reindex.Elapsed.TotalMilliseconds,
                    reindex.Failure,
                    reindex.Changes,
                },
            },
            statusCode: status);
    }
}
