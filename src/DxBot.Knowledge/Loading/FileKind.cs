namespace DxBot.Knowledge.Loading;

/// <summary>What a path is on disk, as lstat tells it (a link is not followed).</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}
