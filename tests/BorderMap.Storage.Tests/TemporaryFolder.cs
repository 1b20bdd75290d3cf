namespace BorderMap.Storage.Tests;

/// <summary>A folder under the system temp directory that is deleted with everything in it.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bordermap-" + Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>A path in the folder for a file that does not exist yet.</summary>
    public string NewFile(string extension) => System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N") + extension);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
