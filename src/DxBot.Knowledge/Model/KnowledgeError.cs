namespace DxBot.Knowledge.Model;

/// <summary>A problem found in a knowledge file; the rest of the knowledge is still used.</summary>
public sealed record KnowledgeError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
