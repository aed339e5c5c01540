using DxBot.Knowledge;

namespace DxBot.Imports;

/// <summary>What an uploaded document's import did, for the admin endpoint and the Teams command.</summary>
/// <param name="Message">What staff are told, in Japanese.</param>
/// <param name="Errors">The knowledge errors that refused the draft or the reindex.</param>
public sealed record UploadResult(UploadStatus Status, string Message, IReadOnlyList<string> Errors)
{
    public bool Imported => Status == UploadStatus.Imported;

    /// <summary>The draft's file name in the city's folder (imported-NAME.md).</summary>
    public string? DraftFile { get; init; }

    public string? DocumentTitle { get; init; }

    public int Sections { get; init; }

    /// <summary>The reindex that put the draft in service (or failed to, in which case the draft was taken back).</summary>
    public ReindexOutcome? Reindex { get; init; }
}
