namespace BorderMap.Storage.Files;

/// <summary>
/// Reads a small file whole, refusing what could hang or exhaust memory: a FIFO (opening it blocks
/// until someone writes), a device such as <c>/dev/zero</c> (it never ends), a directory, and any
/// file larger than the caller's limit. The limit is enforced while reading, not only from the
/// size the file system reports, which is 0 for files such as those under <c>/proc</c>.
/// </summary>
public static class BoundedFile
{
    /// <summary>The bytes of <paramref name="path"/>, at most <paramref name="maxBytes"/> of them.</summary>
    /// <exception cref="IOException">the path is not a regular file, is larger than the limit, or cannot be read; the message says which.</exception>
    /// <exception cref="UnauthorizedAccessException">the file may not be read.</exception>
    public static byte[] ReadAllBytes(string path, int maxBytes)
    {
        var kind = FileSystemEntry.KindOf(path);
        if (kind is not (FileKind.Regular or FileKind.Unknown or FileKind.Missing))
        {
            throw new IOException($"{Describe(kind)}, not a regular file");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        var content = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (content.Length + read > maxBytes)
            {
                throw new IOException($"is larger than {maxBytes:N0} bytes, the most read from such a file");
            }

            content.Write(chunk, 0, read);
        }

        return content.ToArray();
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "is a directory",
        FileKind.Fifo => "is a FIFO (named pipe)",
        FileKind.CharacterDevice => "is a character device",
        FileKind.BlockDevice => "is a block device",
        _ => "is a socket",
    };
}
