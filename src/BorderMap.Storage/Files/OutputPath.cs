namespace BorderMap.Storage.Files;

/// <summary>
/// Where an output file (<c>--out</c>) is written, and how. Never replaces what is not a regular
/// file: renaming a finished temporary file over <c>/dev/full</c> or a FIFO would turn the device
/// node or pipe into a plain file.
/// <list type="bullet">
/// <item>A regular file or a missing path is written atomically: to a temporary file in the same
/// directory (same file system, so the rename is atomic), renamed over the target when complete,
/// so a reader never sees half a file.</item>
/// <item>A FIFO or character device (a pipe to another program, <c>/dev/null</c>, <c>/dev/stdout</c>)
/// is written in place, as the shell's <c>&gt;</c> would.</item>
/// <item>A symbolic link is followed, also as the shell's <c>&gt;</c> does, and what it points to is
/// written by these same rules (atomically in the target's own directory), so the link stays a
/// link. Refusing links would break the common case of an output kept in a linked folder.</item>
/// <item>Anything else (a directory, a block device, a socket, a link loop, a missing directory) is
/// refused with an <see cref="OutputPathException"/> that says why.</item>
/// </list>
/// </summary>
public sealed class OutputPath
{
    private OutputPath(string target, bool inPlace)
    {
        Target = target;
        InPlace = inPlace;
    }

    /// <summary>The file written: the requested path with symbolic links followed.</summary>
    public string Target { get; }

    /// <summary>Whether the target is a FIFO or character device, written in place rather than replaced.</summary>
    public bool InPlace { get; }

    /// <summary>How <paramref name="requested"/> is to be written.</summary>
    /// <exception cref="OutputPathException">the path cannot be written; the message says why.</exception>
    public static OutputPath Resolve(string requested)
    {
        var target = FollowLinks(requested);
        return FileSystemEntry.KindOf(target) switch
        {
            FileKind.Missing => Directory.Exists(Path.GetDirectoryName(target))
                ? new OutputPath(target, inPlace: false)
                : throw new OutputPathException($"the directory '{Path.GetDirectoryName(target)}' does not exist"),
            FileKind.Regular or FileKind.Unknown => new OutputPath(target, inPlace: false),
            FileKind.Fifo or FileKind.CharacterDevice => new OutputPath(target, inPlace: true),
            FileKind.Directory => throw new OutputPathException($"'{requested}' is a directory; give a file name"),
            FileKind.BlockDevice => throw new OutputPathException($"'{requested}' is a block device; BorderMap writes files, FIFOs and character devices only"),
            _ => throw new OutputPathException($"'{requested}' is a socket; BorderMap writes files, FIFOs and character devices only"),
        };
    }

    /// <summary>A fresh, hidden name beside the target for the file that will replace it.</summary>
    public string NewTemporaryPath() =>
        Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.{Guid.NewGuid():N}.tmp");

    /// <summary>Opens the FIFO or device itself for writing, without truncating or replacing it.</summary>
    public FileStream OpenInPlace() =>
        new(Target, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Write, Share = FileShare.ReadWrite });

    /// <summary>Renames the complete <paramref name="temporary"/> file over the target.</summary>
    /// <exception cref="OutputPathException">something other than a regular file appeared at the target meanwhile.</exception>
    public void ReplaceWith(string temporary)
    {
        // Checked again just before the rename: the target may have changed while the file was written.
        if (FileSystemEntry.KindOf(Target) is not (FileKind.Missing or FileKind.Regular or FileKind.Unknown))
        {
            throw new OutputPathException($"'{Target}' is no longer a regular file; nothing was replaced");
        }

        File.Move(temporary, Target, overwrite: true);
    }

    private static string FollowLinks(string requested)
    {
        var full = Path.GetFullPath(requested);
        try
        {
            return new FileInfo(full).LinkTarget is null ? full : File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException e)
        {
            throw new OutputPathException($"'{requested}' is a symbolic link that cannot be followed: {e.Message}");
        }
    }
}

/// <summary>An output path that cannot be written; an <see cref="IOException"/>, so every caller that reports write failures reports it too.</summary>
public sealed class OutputPathException(string message) : IOException(message);
