namespace DxBot.Knowledge.Model;

/// <summary>Where a fact comes from: a document (the plan's title or a public source) and its section.</summary>
public sealed record Citation(string Document, string? Section)
{
    /// <summary>The citation as residents read it: 「半田市DX推進計画 第四章」.</summary>
    public override string ToString() => string.IsNullOrWhiteSpace(Section) ? Document : $"{Document} {Section}";
}
