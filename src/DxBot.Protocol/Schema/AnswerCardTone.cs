namespace DxBot.Protocol.Schema;

/// <summary>What a badge's colour says.</summary>
public enum AnswerCardTone
{
    Neutral,
    Positive,
    Planned,
    Negative,
}
