using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Loading;

/// <summary>A Markdown file as parsed by a load, with what it was parsed from, for the next load to reuse.</summary>
internal sealed record ParsedMarkdown(string Text, string Profiles, IReadOnlyList<KnowledgeEntry> Entries, IReadOnlyList<KnowledgeError> Errors);
