namespace DxBot.Protocol.Schema;

/// <summary>A labelled value on an <see cref="AnswerCard"/> (日時: 12月5日(土) 10:00〜12:00).</summary>
public sealed record AnswerCardFact(string Label, string Value);
