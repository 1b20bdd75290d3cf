namespace BorderMap.App.Cli;

/// <summary>
/// Writes exports so that a reader never sees half a file: each one goes to a temporary file in
/// its target directory (same file system, so the final rename is atomic) and is renamed into
/// place only when every file of the batch has been written. On any failure all temporary files
/// are deleted and no target is touched.
/// </summary>
internal sealed class ExportFiles : IDisposable
{
    private readonly List<(string Temporary, string Target)> _pending = [];

    /// <summary>Writes one file's content to a temporary file beside <paramref name="target"/>.</summary>
    public void Write(string target, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
        _pending.Add((temporary, target));
        write(stream);
    }

    /// <summary>Renames every written file into place.</summary>
    public void Commit()
    {
        foreach (var (temporary, target) in _pending)
        {
            File.Move(temporary, target, overwrite: true);
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
