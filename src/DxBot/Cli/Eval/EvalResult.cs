namespace DxBot.Cli.Eval;

/// <summary>The outcome of one case: why it failed, and what the bot said.</summary>
public sealed record EvalResult(EvalCase Case, bool Passed, IReadOnlyList<string> Problems, string LastReply);
