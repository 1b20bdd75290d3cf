namespace BorderMap.Rendering.Tests;

/// <summary>Animation frames and a small-multiples page compared with reference images, the way a presenter sees them.</summary>
public sealed class SequenceGoldenTests
{
    [Fact]
    public void Three_animation_frames_match_their_references()
    {
        var frames = Sequences.Frames(("from", "2021-07-03"), ("to", "2021-07-05"), ("width", "960"), ("height", "540"), ("dpi", "96"));

        Assert.Equal(["frame-0001.png", "frame-0002.png", "frame-0003.png"], frames.Select(f => f.Name));
        foreach (var (name, png) in frames)
        {
            GoldenImage.AssertMatches("animation-" + name, png);
        }
    }

    [Fact]
    public void A_small_multiples_page_of_days_matches_its_reference()
    {
        var png = Sequences.SmallMultiples(("from", "2021-07-01"), ("to", "2021-07-06"), ("step", "day"), ("width", "1200"), ("height", "800"), ("dpi", "96"));
        GoldenImage.AssertMatches("small-multiples-days.png", png);
    }
}
