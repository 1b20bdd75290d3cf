using BorderMap.Core.Queries;
using BorderMap.Rendering.Export;

namespace BorderMap.Rendering.Sequences;

/// <summary>The formats of an animation: an animated GIF, an H.264 MP4 (through ffmpeg), or numbered PNG files.</summary>
public enum AnimationFormat
{
    Gif,
    Mp4,
    PngSequence,
}

/// <summary>
/// A validated series of maps over time, one per <see cref="FramePeriod"/>. <see cref="Template"/>
/// is the single-map export each frame is drawn from (page, title, frame, filters other than the
/// dates); each frame shows the claims whose <see cref="ShownPeriod"/> overlaps its period.
/// </summary>
public abstract record SequenceRequest(ExportRequest Template, IReadOnlyList<FramePeriod> Frames)
{
    /// <summary>
    /// What to ask the store, once for the whole sequence: the template's filter over every frame's
    /// days. The store matches a claim by its period (<see cref="Core.Claims.ClaimPeriod"/>), as the
    /// frames do, so a claim dated only to the month is in the answer for any day of that month.
    /// Frames then pick their claims from that answer.
    /// </summary>
    public ClaimFilter StoreFilter => Template.Filter with { From = Frames.Min(f => f.From), To = Frames.Max(f => f.To) };
}

/// <summary>An animation: frames in order, shown <see cref="FramesPerSecond"/> a second.</summary>
public sealed record AnimationRequest(ExportRequest Template, IReadOnlyList<FramePeriod> Frames, AnimationFormat Format, int FramesPerSecond)
    : SequenceRequest(Template, Frames)
{
    /// <summary>The file (or, for a PNG sequence, directory or ZIP) name offered for download.</summary>
    public string FileName => Path.ChangeExtension(Template.FileName, Format switch
    {
        AnimationFormat.Gif => ".gif",
        AnimationFormat.Mp4 => ".mp4",
        _ => ".zip",
    });

    public string MediaType => Format switch
    {
        AnimationFormat.Gif => "image/gif",
        AnimationFormat.Mp4 => "video/mp4",
        _ => "application/zip",
    };
}

/// <summary>A small-multiples page: one map per frame in a grid, in the template's format (PNG or PDF).</summary>
public sealed record SmallMultiplesRequest(ExportRequest Template, IReadOnlyList<FramePeriod> Frames)
    : SequenceRequest(Template, Frames);
