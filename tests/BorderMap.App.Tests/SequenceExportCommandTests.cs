namespace BorderMap.App.Tests;

/// <summary><c>bordermap export --animate</c> and <c>--small-multiples</c> run as real processes, as a presenter would run them.</summary>
public sealed class SequenceExportCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bordermap-sequence-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("--animate --format gif --from 2021-07-05 --to 2021-07-01", "--from: from (2021-07-05) is after to (2021-07-01)")]
    [InlineData("--animate --format gif --from 2018-01-01 --to 2021-07-05", "--step: 2018-01-01 to 2021-07-05 by day is 1,282 frames; the limit is 1,000: use a longer step or a shorter range")]
    [InlineData("--animate --format avi --from 2021-07-01 --to 2021-07-05", "--format: unknown animation format 'avi'; use gif, mp4 or png-seq")]
    [InlineData("--animate --format gif --from 2021-07-01 --to 2021-07-05 --step month", "--step: unknown step 'month'; use day or week")]
    [InlineData("--format png --step week", "--step: only --animate or --small-multiples takes this")]
    [InlineData("--small-multiples --format svg --from 2021-07-01 --to 2021-07-05 --step day", "--format: a small-multiples page is png or pdf, not 'svg'")]
    public async Task Bad_input_is_named_with_exit_code_2_and_nothing_is_written(string options, string message)
    {
        var (exitCode, _, stderr) = await AppProcess.RunToEnd(["export", "--out", Path.Combine(_directory, "out.gif"), .. options.Split(' ')]);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public async Task MP4_without_ffmpeg_is_refused_naming_the_Debian_package()
    {
        var environment = new Dictionary<string, string> { ["BORDERMAP_FFMPEG"] = Path.Combine(_directory, "no-ffmpeg-here") };
        var (exitCode, _, stderr) = await AppProcess.RunToEnd(environment, "export", "--animate", "--format", "mp4", "--from", "2021-07-01", "--to", "2021-07-05", "--out", Path.Combine(_directory, "out.mp4"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--format: mp4 needs ffmpeg, which is not installed: install Debian's ffmpeg package (apt install ffmpeg)", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public async Task A_failing_encoder_leaves_nothing_behind()
    {
        // /bin/false stands in for an ffmpeg that breaks: it exits at once without reading a frame.
        var environment = new Dictionary<string, string> { ["BORDERMAP_FFMPEG"] = "/bin/false" };
        var (exitCode, _, stderr) = await AppProcess.RunToEnd(environment, "export", "--animate", "--format", "mp4", "--from", "2021-07-01", "--to", "2021-07-03", "--width", "480", "--height", "270", "--dpi", "72", "--out", Path.Combine(_directory, "out.mp4"));

        Assert.Equal(2, exitCode);
        Assert.Contains("ffmpeg could not encode the MP4 (exit code 1)", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public async Task A_PNG_sequence_writes_numbered_frames_and_shows_progress_for_each()
    {
        var frames = Path.Combine(_directory, "frames");
        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("export", "--animate", "--format", "png-seq", "--from", "2021-07-03", "--to", "2021-07-05", "--width", "480", "--height", "270", "--dpi", "72", "--date", "2026-11-25", "--out", frames);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(["frame-0001.png", "frame-0002.png", "frame-0003.png"], Directory.GetFiles(frames).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["[1/3] frame 1 → frame-0001.png", "[2/3] frame 2 → frame-0002.png", "[3/3] frame 3 → frame-0003.png", $"Wrote 3 frames into {frames}"], lines);
    }

    [Fact]
    public async Task A_GIF_and_a_small_multiples_PDF_are_written_to_their_files()
    {
        var gif = Path.Combine(_directory, "july.gif");
        var pdf = Path.Combine(_directory, "july.pdf");
        var (gifExit, _, gifError) = await AppProcess.RunToEnd("export", "--animate", "--format", "gif", "--from", "2021-07-01", "--to", "2021-07-28", "--step", "week", "--window", "cumulative", "--width", "480", "--height", "270", "--dpi", "72", "--out", gif);
        var (pdfExit, _, pdfError) = await AppProcess.RunToEnd("export", "--small-multiples", "--format", "pdf", "--dates", "2021-07-01,2021-07-05", "--window", "3", "--out", pdf);

        Assert.True(gifExit == 0, gifError);
        Assert.True(pdfExit == 0, pdfError);
        Assert.True((await File.ReadAllBytesAsync(gif)).AsSpan().StartsWith("GIF89a"u8));
        Assert.True((await File.ReadAllBytesAsync(pdf)).AsSpan().StartsWith("%PDF"u8));
        Assert.Equal([gif, pdf], Directory.GetFiles(_directory).Order(StringComparer.Ordinal));
    }
}
