namespace DxBot.Search;

/// <summary>A latin-word synonym replaced in a text: where it was in the input and where it ends in the output.</summary>
internal readonly record struct WordReplacement(int InputStart, int InputLength, int OutputEnd, string Replacement);
