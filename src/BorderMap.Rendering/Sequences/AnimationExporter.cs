using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Core.Towns;
using BorderMap.Rendering.Export;
using BorderMap.Rendering.Gif;
using BorderMap.Rendering.Map;
using BorderMap.Rendering.Text;
using BorderMap.Rendering.Video;
using SkiaSharp;

namespace BorderMap.Rendering.Sequences;

/// <summary>
/// Draws an <see cref="AnimationRequest"/>'s frames and writes them as a GIF, an MP4 or numbered
/// PNG files. Each frame is a full map export (caption, furniture, the quotes of its claims) of the
/// claims shown on its days; the caller hands over the claims of the whole span, read from the store
/// once with <see cref="SequenceRequest.StoreFilter"/>. Frames are drawn a few at a time in parallel
/// and written in order; each is drawn on its own, so the output is the same every time. What
/// does not change between frames is not redone: the base map is rasterised once
/// (<see cref="BaseMapCache"/>) and every line of text is shaped once (<see cref="ShapedLineCache"/>).
/// </summary>
public sealed class AnimationExporter(AreaCatalog areas, TownCatalog towns, IReadOnlyList<Source> sources)
{
    /// <summary>Above this many pixels a frame, frames are drawn one at a time to bound memory.</summary>
    private const long ParallelPixelLimit = 10_000_000;

    /// <summary>Writes a GIF or MP4 to <paramref name="output"/>; <paramref name="frameDone"/> hears each frame's number as it is written.</summary>
    public void Write(AnimationRequest request, IReadOnlyList<Claim> claims, Stream output, Action<int>? frameDone = null)
    {
        var page = request.Template.Page;
        switch (request.Format)
        {
            case AnimationFormat.Gif:
                var gif = new GifWriter(output, (int)Math.Round(100.0 / request.FramesPerSecond));
                Run(request, claims, (frame, _) => gif.Add(frame), frameDone);
                gif.Finish();
                break;
            case AnimationFormat.Mp4:
                using (var mp4 = new Mp4Writer(Ffmpeg.Find() ?? throw new InvalidOperationException(Ffmpeg.Missing), output, page.PixelWidth, page.PixelHeight, request.FramesPerSecond))
                {
                    Run(request, claims, (frame, _) => mp4.Add(frame), frameDone);
                    mp4.Finish();
                }

                break;
            default:
                throw new ArgumentException("A PNG sequence is written with WriteFiles.", nameof(request));
        }
    }

    /// <summary>Writes a PNG sequence, one file per frame (frame-0001.png, …), through <paramref name="writeFile"/>.</summary>
    public void WriteFiles(AnimationRequest request, IReadOnlyList<Claim> claims, Action<string, Action<Stream>> writeFile, Action<int>? frameDone = null)
    {
        var digits = Math.Max(4, request.Frames.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        Run(request, claims, (frame, number) => writeFile(FrameFileName(number, digits), stream => PngWriter.Encode(frame, request.Template.Page.Dpi, stream)), frameDone);
    }

    /// <summary>The name of frame <paramref name="number"/> (from 1) in a PNG sequence.</summary>
    public static string FrameFileName(int number, int digits = 4) => $"frame-{number.ToString("D" + digits, System.Globalization.CultureInfo.InvariantCulture)}.png";

    private void Run(AnimationRequest request, IReadOnlyList<Claim> claims, Action<SKBitmap, int> write, Action<int>? frameDone)
    {
        var frames = new FrameClaims(claims);
        using var baseMap = new BaseMapCache();
        var page = request.Template.Page;
        var ahead = (long)page.PixelWidth * page.PixelHeight > ParallelPixelLimit ? 1 : Math.Max(1, Environment.ProcessorCount);
        var pending = new Queue<Task<SKBitmap>>();
        var next = 0;
        try
        {
            for (var number = 1; number <= request.Frames.Count; number++)
            {
                while (next < request.Frames.Count && pending.Count < ahead)
                {
                    var frame = request.Frames[next++];
                    pending.Enqueue(Task.Run(() => Draw(frames.Frame(request.Template, frame, withCaption: true), baseMap)));
                }

                using var bitmap = pending.Dequeue().GetAwaiter().GetResult();
                write(bitmap, number);
                frameDone?.Invoke(number);
            }
        }
        finally
        {
            // After a failure, the frames still being drawn are waited for and freed; their own errors add nothing.
            foreach (var task in pending)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
                if (task.IsCompletedSuccessfully)
                {
                    task.Result.Dispose();
                }
            }
        }
    }

    private SKBitmap Draw((ExportRequest Request, IReadOnlyList<Claim> Claims) frame, BaseMapCache baseMap)
    {
        using var composer = new MapComposer(frame.Request, areas, towns, sources, [.. frame.Claims.Select(ClaimMark.Of)], TextMode.Glyphs, raster: true, baseMap: baseMap);
        composer.Quote(frame.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal));
        return PngWriter.Rasterise(frame.Request.Page, composer.Draw);
    }
}
