namespace BorderMap.Rendering.Sequences;

/// <summary>The names of the animation formats as requests spell them: gif, mp4, png-seq.</summary>
public static class AnimationFormats
{
    public static AnimationFormat? Parse(string text) => text.ToLowerInvariant() switch
    {
        "gif" => AnimationFormat.Gif,
        "mp4" => AnimationFormat.Mp4,
        "png-seq" => AnimationFormat.PngSequence,
        _ => null,
    };
}
