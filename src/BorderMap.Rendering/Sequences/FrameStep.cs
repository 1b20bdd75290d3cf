namespace BorderMap.Rendering.Sequences;

/// <summary>How far apart the frames of a sequence are: a day, a week, or (small multiples only) a calendar month.</summary>
public enum FrameStep
{
    Day,
    Week,
    Month,
}
