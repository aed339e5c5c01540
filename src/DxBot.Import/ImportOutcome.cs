namespace DxBot.Import;

/// <summary>What an import did: the draft file (written only when <see cref="Errors"/> is empty) and its sections.</summary>
/// <param name="Errors">The knowledge loader's complaints about the draft; any one of them means nothing was written.</param>
public sealed record ImportOutcome(string DraftPath, string DocumentTitle, IReadOnlyList<ImportedSection> Sections, IReadOnlyList<string> Errors)
{
    public bool Written => Errors.Count == 0;
}
