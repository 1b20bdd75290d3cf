using BorderMap.App.Cli;

namespace BorderMap.App.Tests;

/// <summary><c>bordermap export</c> run as a real process, as a presenter would run it.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private const string Date = "2026-11-25";
    private readonly string _directory = Directory.CreateTempSubdirectory("bordermap-export-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("--region AF-XYZ", "--region: unknown region 'AF-XYZ'")]
    [InlineData("--bbox 60,29,75", "--bbox: '60,29,75' is not minLon,minLat,maxLon,maxLat")]
    [InlineData("--width 0 --height 800", "--width: 0 is out of range: use 1 to 20000 pixels")]
    [InlineData("--width 20001 --height 800", "--width: 20001 is out of range: use 1 to 20000 pixels")]
    [InlineData("--paper B5", "--paper: unknown paper 'B5'")]
    [InlineData("--category weather", "--category: unknown category 'weather'")]
    [InlineData("--region AF-BDS --bbox 60,29,75,41", "--region: give region or bbox, not both")]
    [InlineData("--quotes english", "--quotes: unknown value 'english'; use original, translation, both")]
    public async Task Bad_input_is_named_with_exit_code_2_and_nothing_is_written(string options, string message)
    {
        var (exitCode, _, stderr) = await AppProcess.RunToEnd(["export", "--format", "png", "--out", Path.Combine(_directory, "map.png"), .. options.Split(' ')]);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public async Task An_unknown_format_and_an_unwritable_path_are_bad_input()
    {
        var (formatExit, _, formatError) = await AppProcess.RunToEnd("export", "--format", "gif", "--out", Path.Combine(_directory, "map.gif"));
        Assert.Equal(2, formatExit);
        Assert.Contains("--format: unknown format 'gif'; use png, svg or pdf", formatError, StringComparison.Ordinal);

        var missing = Path.Combine(_directory, "no-such-dir", "map.png");
        var (pathExit, _, pathError) = await AppProcess.RunToEnd("export", "--format", "png", "--out", missing);
        Assert.Equal(2, pathExit);
        Assert.Contains($"--out: the directory '{Path.GetDirectoryName(missing)}' does not exist", pathError, StringComparison.Ordinal);

        var (dirExit, _, dirError) = await AppProcess.RunToEnd("export", "--format", "png", "--out", _directory);
        Assert.Equal(2, dirExit);
        Assert.Contains("is a directory", dirError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public async Task One_map_is_written_atomically_with_no_temporary_file_left()
    {
        var output = Path.Combine(_directory, "badakhshan.pdf");
        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("export", "--format", "pdf", "--region", "AF-BDS", "--paper", "A4-landscape", "--title", "Badakhshan", "--date", Date, "--out", output);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"Wrote {output}", stdout, StringComparison.Ordinal);
        Assert.Equal([output], Directory.GetFileSystemEntries(_directory));
        Assert.StartsWith("%PDF", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Atlas_mode_writes_one_map_per_region_and_prints_a_progress_line_for_each()
    {
        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd(
            "export", "--format", "png", "--regions", "AF-BDS,AF-TAK,AF-KAN,AF-HEL", "--width", "800", "--height", "560", "--dpi", "96", "--date", Date, "--out", _directory);

        Assert.True(exitCode == 0, stderr);
        string[] regions = ["AF-BDS", "AF-TAK", "AF-KAN", "AF-HEL"];
        Assert.Equal(regions.Select(r => Path.Combine(_directory, $"bordermap-{r}-{Date}.png")).Order(), Directory.GetFiles(_directory).Order());
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(regions.Select((r, i) => $"[{i + 1}/4] {r} → "), lines.Take(4).Select(l => l[..(l.IndexOf('→', StringComparison.Ordinal) + 2)]));
        Assert.Equal("Wrote 4 maps", lines[^1]);
    }

    [Fact]
    public async Task An_unknown_region_in_an_atlas_stops_it_before_any_map_is_written()
    {
        var (exitCode, _, stderr) = await AppProcess.RunToEnd("export", "--format", "svg", "--regions", "AF-BDS,AF-NOPE", "--out", _directory);

        Assert.Equal(2, exitCode);
        Assert.Contains("--regions: unknown region 'AF-NOPE'", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public void A_failure_while_writing_leaves_neither_the_target_nor_a_temporary_file()
    {
        var first = Path.Combine(_directory, "first.png");
        var second = Path.Combine(_directory, "second.png");
        using (var files = new ExportFiles())
        {
            files.Write(first, s => s.Write([1, 2, 3]));
            Assert.Throws<IOException>(() => files.Write(second, s =>
            {
                s.Write([4]);
                throw new IOException("disk full");
            }));
        }

        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }
}
