namespace DxBot.Search;

/// <summary>What a folded character was before folding; hiragana is remembered because it marks particles and endings.</summary>
internal enum CharKind : byte
{
    Other,
    Space,
    Hiragana,
    Katakana,
    Han,
    Latin,
    Digit,
}
