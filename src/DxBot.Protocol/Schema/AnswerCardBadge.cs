namespace DxBot.Protocol.Schema;

/// <summary>A short status shown as a coloured label at the top of an <see cref="AnswerCard"/> (オンライン可, 予定, 窓口のみ).</summary>
public sealed record AnswerCardBadge(string Text, AnswerCardTone Tone);
