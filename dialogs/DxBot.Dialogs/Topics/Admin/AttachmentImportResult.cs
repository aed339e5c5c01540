using DxBot.Knowledge;

namespace DxBot.Dialogs.Topics.Admin;

/// <summary>What importing a sent file did.</summary>
/// <param name="Message">What staff are told (polite Japanese), whatever the outcome.</param>
/// <param name="Reindex">The reindex that put it in service, when it was imported.</param>
public sealed record AttachmentImportResult(bool Imported, string Message, ReindexOutcome? Reindex = null);
