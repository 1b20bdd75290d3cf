using BorderMap.Storage.Files;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// Whether a path can be imported from. Importing reads a file to its end (twice, when a row is
/// bad), so a FIFO, a device such as <c>/dev/zero</c> or a directory must be refused before it is
/// opened: opening a FIFO blocks until someone writes to it, and a device never ends.
/// </summary>
internal static class InputFileKind
{
    /// <summary>Why the path cannot be imported from, or null when it is a regular file (or its kind cannot be told here).</summary>
    public static string? Refusal(string path) => FileSystemEntry.KindOf(path) switch
    {
        FileKind.Directory => "is a directory, not a file",
        FileKind.Fifo => "is a FIFO (named pipe), not a regular file; save the claims to a file first",
        FileKind.CharacterDevice => "is a character device, not a regular file",
        FileKind.BlockDevice => "is a block device, not a regular file",
        FileKind.Socket => "is a socket, not a regular file",
        _ => null,
    };
}
