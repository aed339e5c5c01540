namespace DxBot.Knowledge.Loading;

/// <summary>One data row of a <see cref="CsvTable"/> and the line it starts on.</summary>
internal sealed record CsvTableRow(int Line, IReadOnlyList<string> Fields);
