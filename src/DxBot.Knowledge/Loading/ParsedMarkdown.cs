using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Loading;

/// <summary>
/// A Markdown file as parsed by a load, with what it was parsed from, for the next load to reuse: a hash of its text
/// (not the text: at 100× the texts were tens of MB held for nothing but a comparison), the city profiles it was
/// checked against, and its stamp when that stamp may be trusted (<see cref="FileStamp"/>).
/// </summary>
internal sealed record ParsedMarkdown(FileStamp? Stamp, byte[] TextHash, string Profiles, IReadOnlyList<KnowledgeEntry> Entries, IReadOnlyList<KnowledgeError> Errors);
