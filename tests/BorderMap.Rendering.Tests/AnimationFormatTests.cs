using System.Globalization;
using BorderMap.Rendering.Sequences;
using SkiaSharp;

namespace BorderMap.Rendering.Tests;

/// <summary>The animated files as players and slide programs read them: decoded, probed, counted.</summary>
public sealed class AnimationFormatTests
{
    private static readonly (string, string)[] SixDays = [("from", "2021-07-01"), ("to", "2021-07-06"), ("width", "640"), ("height", "360"), ("dpi", "72")];

    [Fact]
    public void A_GIF_has_one_frame_per_day_each_shown_for_its_delay_and_decodes_to_the_drawn_frames()
    {
        var gif = Sequences.Animate([("format", "gif"), ("fps", "4"), .. SixDays]);
        var pngs = Sequences.Frames(SixDays);

        using var codec = SKCodec.Create(new SKMemoryStream(gif));
        Assert.Equal(6, codec.FrameCount);
        Assert.All(codec.FrameInfo, frame => Assert.Equal(250, frame.Duration));
        Assert.Equal(-1, codec.RepetitionCount);  // Skia: -1 is "loops for ever"

        // Each frame after the first stores only what changed: decode in order onto the previous one.
        using var canvas = new SKBitmap(new SKImageInfo(640, 360, SKColorType.Rgba8888, SKAlphaType.Premul));
        for (var i = 0; i < codec.FrameCount; i++)
        {
            Assert.Equal(SKCodecResult.Success, codec.GetPixels(canvas.Info, canvas.GetPixels(), new SKCodecOptions(i, i - 1)));
            using var drawn = SKBitmap.Decode(pngs[i].Png);
            Assert.True(MostlyEqual(drawn, canvas), $"GIF frame {i + 1} differs from the drawn frame");
        }
    }

    [Fact]
    public void The_same_animation_gives_the_same_GIF_bytes()
    {
        Assert.Equal(Sequences.Animate([("format", "gif"), .. SixDays]), Sequences.Animate([("format", "gif"), .. SixDays]));
    }

    [Fact]
    public async Task An_MP4_is_H264_of_the_page_size_lasting_its_frames_over_the_frame_rate()
    {
        using var temp = new TempDirectory();
        var path = temp.File("animation.mp4");
        await File.WriteAllBytesAsync(path, Sequences.Animate([("format", "mp4"), ("fps", "2"), ("from", "2021-06-29"), ("to", "2021-07-05"), ("width", "641"), ("height", "361"), ("dpi", "72")]));

        var probe = await ReaderTool.Run("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames",
            "-show_entries", "stream=codec_name,width,height,pix_fmt,nb_read_frames:format=duration", "-of", "default=noprint_wrappers=1", path);
        var fields = probe.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1].Trim());
        Assert.Equal("h264", fields["codec_name"]);
        Assert.Equal("yuv420p", fields["pix_fmt"]);
        Assert.Equal(("642", "362"), (fields["width"], fields["height"]));  // padded to even sizes for 4:2:0
        Assert.Equal("7", fields["nb_read_frames"]);
        Assert.Equal(3.5, double.Parse(fields["duration"], CultureInfo.InvariantCulture), 2);
    }

    [Fact]
    public void Weekly_frames_fall_every_seven_days_up_to_the_end_of_the_range()
    {
        var request = Sequences.Request<AnimationRequest>(("animate", "true"), ("format", "gif"), ("from", "2021-07-01"), ("to", "2021-07-31"), ("step", "week"));

        Assert.Equal(["2021-07-01", "2021-07-08", "2021-07-15", "2021-07-22", "2021-07-29"], request.Frames.Select(f => f.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.All(request.Frames, f => Assert.Equal(6, f.To.DayNumber - f.From.DayNumber));
    }

    /// <summary>True when at most 1% of the pixels differ by more than the palette's rounding in any channel.</summary>
    private static bool MostlyEqual(SKBitmap expected, SKBitmap actual)
    {
        var different = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var (e, a) = (expected.GetPixel(x, y), actual.GetPixel(x, y));
                different += Math.Max(Math.Abs(e.Red - a.Red), Math.Max(Math.Abs(e.Green - a.Green), Math.Abs(e.Blue - a.Blue))) > 40 ? 1 : 0;
            }
        }

        return different <= expected.Width * expected.Height / 100;
    }
}
