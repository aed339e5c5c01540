namespace DxBot.Knowledge.Model;

/// <summary>What a plan says about a procedure being online.</summary>
public enum ProcedureStatus
{
    Unknown,
    Online,
    Planned,
    NotOnline,
}
