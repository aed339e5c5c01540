namespace DxBot.Imports;

/// <summary>How an uploaded document's import ended; only <see cref="Imported"/> leaves anything written or in service.</summary>
public enum UploadStatus
{
    Imported,
    BadRequest,
    UnknownCity,
    TooLarge,
    Unsupported,
    Unreadable,
    DraftRejected,
    ReindexBusy,
    ReindexRefused,
    ReindexFailed,
}
