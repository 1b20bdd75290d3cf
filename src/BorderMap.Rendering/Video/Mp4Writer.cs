using System.Diagnostics;
using System.Globalization;
using SkiaSharp;

namespace BorderMap.Rendering.Video;

/// <summary>
/// Encodes frames as an H.264 MP4 (yuv420p, which every slide program plays) with ffmpeg: raw RGBA
/// frames go to its standard input, and it writes a temporary file (MP4 needs a seekable output for
/// its index at the front), which <see cref="Finish"/> copies to the output and which is deleted
/// whatever happens. Odd sizes get one white pixel of padding, as H.264's 4:2:0 needs even ones.
/// </summary>
internal sealed class Mp4Writer : IDisposable
{
    private readonly Stream _output;
    private readonly string _temporary = Path.Combine(Path.GetTempPath(), $"bordermap-{Guid.NewGuid():N}.mp4");
    private readonly Process _ffmpeg;
    private readonly Task<string> _errors;

    public Mp4Writer(string ffmpeg, Stream output, int width, int height, int framesPerSecond)
    {
        _output = output;
        var start = new ProcessStartInfo(ffmpeg)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments(width, height, framesPerSecond))
        {
            start.ArgumentList.Add(argument);
        }

        _ffmpeg = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {ffmpeg}.");
        _errors = _ffmpeg.StandardError.ReadToEndAsync();
        _ = _ffmpeg.StandardOutput.ReadToEndAsync();
    }

    public void Add(SKBitmap frame)
    {
        try
        {
            _ffmpeg.StandardInput.BaseStream.Write(frame.GetPixelSpan());
        }
        catch (IOException)
        {
            // ffmpeg stopped reading: it has failed, and its own message says why.
            throw Failure();
        }
    }

    public void Finish()
    {
        try
        {
            _ffmpeg.StandardInput.Close();
        }
        catch (IOException)
        {
            // ffmpeg has already ended; its exit code below tells how.
        }

        _ffmpeg.WaitForExit();
        if (_ffmpeg.ExitCode != 0)
        {
            throw Failure();
        }

        using var encoded = File.OpenRead(_temporary);
        encoded.CopyTo(_output);
    }

    private VideoEncodingException Failure()
    {
        _ffmpeg.WaitForExit();
        var detail = _errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no message";
        return new VideoEncodingException($"ffmpeg could not encode the MP4 (exit code {_ffmpeg.ExitCode}): {detail}");
    }

    public void Dispose()
    {
        if (!_ffmpeg.HasExited)
        {
            _ffmpeg.Kill();
            _ffmpeg.WaitForExit();
        }

        _ffmpeg.Dispose();
        File.Delete(_temporary);
    }

    private IEnumerable<string> Arguments(int width, int height, int framesPerSecond) =>
    [
        "-hide_banner", "-loglevel", "error",
        "-f", "rawvideo", "-pix_fmt", "rgba", "-s", string.Create(CultureInfo.InvariantCulture, $"{width}x{height}"),
        "-framerate", framesPerSecond.ToString(CultureInfo.InvariantCulture), "-i", "pipe:0",
        "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2:color=white",
        "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p",
        "-movflags", "+faststart", "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact",
        "-f", "mp4", "-y", _temporary,
    ];
}
