using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests.Hardening.Faults;

/// <summary>
/// A small tmpfs of its own, to fill up or make read-only as a real file system is, without
/// touching the machine's disks. Mounting needs root, as the tests run (the PostgreSQL fixture
/// assumes it too). Disposing unmounts it (lazily, should a killed process still hold a file).
/// </summary>
internal sealed class SmallFileSystem : IAsyncDisposable
{
    private SmallFileSystem(string folder) => Folder = folder;

    public string Folder { get; }

    private string Filler => Path.Combine(Folder, "filler");

    public static async Task<SmallFileSystem> MountAsync(long bytes)
    {
        var folder = Directory.CreateTempSubdirectory("bordermap-fs-").FullName;
        await Run("mount", "-t", "tmpfs", "-o", $"size={bytes}", "tmpfs", folder);
        return new SmallFileSystem(folder);
    }

    public Task MakeReadOnlyAsync() => Run("mount", "-o", "remount,ro", Folder);

    public Task MakeWritableAsync() => Run("mount", "-o", "remount,rw", Folder);

    /// <summary>Takes every free byte with a file of its own, as a full disk has none left.</summary>
    public void Fill()
    {
        // Unbuffered, so that the write that finds the disk full is the one that fails.
        using var filler = new FileStream(Filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        foreach (var size in new[] { 1 << 16, 1 << 12, 1 })
        {
            var chunk = new byte[size];
            try
            {
                while (true)
                {
                    filler.Write(chunk);
                }
            }
            catch (IOException)
            {
                // This size no longer fits; a smaller one may.
            }
        }
    }

    /// <summary>Gives the space taken by <see cref="Fill"/> back.</summary>
    public void Free() => File.Delete(Filler);

    public async ValueTask DisposeAsync()
    {
        await Run("umount", "-l", Folder);
        Directory.Delete(Folder);
    }

    private static async Task Run(string tool, params string[] args)
    {
        var (exitCode, _, stderr) = await ExternalTool.Run(tool, args);
        Assert.True(exitCode == 0, $"{tool} {string.Join(' ', args)}: {stderr}");
    }
}
