namespace DxBot.Search;

/// <summary>One word of a text as MeCab (IPAdic) reads it.</summary>
/// <param name="Surface">The word as written.</param>
/// <param name="PartOfSpeech">品詞 (名詞, 動詞, 助詞, 記号, ...).</param>
/// <param name="Subclass">品詞細分類1 (一般, 自立, 非自立, 代名詞, 接尾, ...); * when there is none.</param>
/// <param name="BaseForm">基本形 (助ける for 助けて); the surface when the dictionary does not know the word.</param>
/// <param name="Reading">読み in katakana; null when the dictionary does not know the word (スマホ, latin, digits).</param>
public sealed record Morpheme(string Surface, string PartOfSpeech, string Subclass, string BaseForm, string? Reading);
