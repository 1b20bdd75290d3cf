namespace BorderMap.Rendering.Sequences;

/// <summary>One frame of an animation or one map of a small-multiples page: the days whose claims it shows, and its caption.</summary>
public sealed record FramePeriod(DateOnly From, DateOnly To, string Caption);
