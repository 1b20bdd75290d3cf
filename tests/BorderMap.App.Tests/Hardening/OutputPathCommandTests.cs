using BorderMap.Storage.Files;
using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests.Hardening;

/// <summary>
/// <c>--out</c> of <c>bordermap claims export</c> and <c>bordermap export</c>, as real processes: a
/// symbolic link is followed and stays a link, a FIFO is written into and stays a FIFO, and a path
/// that cannot be written is exit code 2 with a one-line message. (Never tested on real devices.) Each test exports
/// from a copy of a store seeded once for the class.
/// </summary>
public sealed class OutputPathCommandTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bordermap-hardening-").FullName;
    private readonly string _store = seeded.NewCopy();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("claims", "csv")]
    [InlineData("map", "svg")]
    public async Task A_symbolic_link_is_followed_and_stays_a_link(string command, string format)
    {
        var targetDirectory = Directory.CreateDirectory(Path.Combine(_folder, "real")).FullName;
        var target = Path.Combine(targetDirectory, "out." + format);
        await File.WriteAllTextAsync(target, "old");
        var link = Path.Combine(_folder, "link." + format);
        File.CreateSymbolicLink(link, target);

        var (exitCode, _, stderr) = await Export(command, format, link);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.NotEqual("old", await File.ReadAllTextAsync(target));
        Assert.Equal(["out." + format], Directory.GetFiles(targetDirectory).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("claims", "csv", "id,title,category")]
    [InlineData("map", "svg", "<svg")]
    public async Task A_FIFO_is_written_into_and_stays_a_FIFO(string command, string format, string expectedStart)
    {
        var fifo = Path.Combine(_folder, "pipe." + format);
        Assert.Equal(0, (await ExternalTool.Run("mkfifo", fifo)).ExitCode);

        // The reader a pipe has: opening a FIFO for reading waits for its writer.
        var read = Task.Run(() => File.ReadAllText(fifo));
        var (exitCode, _, stderr) = await Export(command, format, fifo);
        var content = await read.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(exitCode == 0, stderr);
        Assert.Contains(expectedStart, content, StringComparison.Ordinal);
        Assert.Equal(FileKind.Fifo, FileSystemEntry.KindOf(fifo));
        Assert.Equal(["pipe." + format], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("csv", "missing/x.csv", "does not exist")]
    [InlineData("geojson", "/proc/self/x.geojson", "cannot write")]
    [InlineData("gpkg", ".", "is a directory")]
    public async Task An_unwritable_claims_export_path_is_exit_code_2_with_one_line(string format, string output, string message)
    {
        var path = output.StartsWith('/') ? output : Path.Combine(_folder, output);

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "export", "--format", format, "--out", path, "--store", _store);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public async Task A_map_export_into_proc_is_exit_code_2_with_one_line()
    {
        var (exitCode, _, stderr) = await Export("map", "svg", "/proc/self/x.svg");

        Assert.Equal(2, exitCode);
        Assert.Contains("--out: cannot write", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string StdOut, string StdErr)> Export(string command, string format, string output) =>
        command == "claims"
            ? AppProcess.RunToEnd("claims", "export", "--format", format, "--out", output, "--store", _store)
            : AppProcess.RunToEnd("export", "--format", format, "--width", "600", "--height", "400", "--date", "2021-07-05", "--out", output, "--store", _store);
}
