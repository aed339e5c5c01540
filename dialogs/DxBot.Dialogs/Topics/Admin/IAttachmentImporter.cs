using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.Admin;

/// <summary>
/// Imports a document an administrator sent to the bot (a Teams file) into a city's knowledge and indexes it at once.
/// Implemented by the host, which knows where files may be downloaded from; absent where no channel delivers files.
/// </summary>
public interface IAttachmentImporter
{
    /// <summary>True for an attachment that is a file to fetch (not a card, nor the message's own HTML copy).</summary>
    bool IsFile(Attachment attachment);

    Task<AttachmentImportResult> ImportAsync(string cityId, Attachment attachment, CancellationToken cancellationToken);
}
