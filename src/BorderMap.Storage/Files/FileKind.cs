namespace BorderMap.Storage.Files;

/// <summary>What a path names once symbolic links are followed.</summary>
public enum FileKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,

    /// <summary>It exists, but this platform cannot tell what it is (off Linux x64/arm64); treated as a regular file.</summary>
    Unknown,
}
