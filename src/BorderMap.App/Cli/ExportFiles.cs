using BorderMap.Storage.Files;

namespace BorderMap.App.Cli;

/// <summary>
/// Writes exports so that a reader never sees half a file: each one goes to a temporary file in
/// its target directory (same file system, so the final rename is atomic) and is renamed into
/// place only when every file of the batch has been written. On any failure all temporary files
/// are deleted and no target is touched. A FIFO or character device is written in place instead,
/// and a symbolic link followed (see <see cref="OutputPath"/>): never replaced by a plain file.
/// </summary>
internal sealed class ExportFiles : IDisposable
{
    private readonly List<(string Temporary, OutputPath Target)> _pending = [];

    /// <summary>Writes one file's content to a temporary file beside <paramref name="target"/>, or into it when it is a FIFO or device.</summary>
    /// <exception cref="OutputPathException">the target cannot be written; the message says why.</exception>
    public void Write(string target, Action<Stream> write)
    {
        var output = OutputPath.Resolve(target);
        if (output.InPlace)
        {
            using var device = output.OpenInPlace();
            write(device);
            return;
        }

        var temporary = output.NewTemporaryPath();
        using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
        _pending.Add((temporary, output));
        write(stream);
    }

    /// <summary>Renames every written file into place.</summary>
    public void Commit()
    {
        foreach (var (temporary, target) in _pending)
        {
            target.ReplaceWith(temporary);
        }

        _pending.Clear();
    }

    /// <summary>Deletes whatever was written but not committed.</summary>
    public void Dispose()
    {
        foreach (var (temporary, _) in _pending)
        {
            File.Delete(temporary);
        }

        _pending.Clear();
    }
}
