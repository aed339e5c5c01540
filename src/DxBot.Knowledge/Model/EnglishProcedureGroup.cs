namespace DxBot.Knowledge.Model;

/// <summary>One or more catalog procedures under an English name (「child allowance (児童手当)」).</summary>
public sealed record EnglishProcedureGroup(string Name, IReadOnlyList<string> Words, IReadOnlyList<string> ProcedureIds);
