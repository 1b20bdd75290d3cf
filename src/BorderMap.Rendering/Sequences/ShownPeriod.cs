using BorderMap.Core.Claims;

namespace BorderMap.Rendering.Sequences;

/// <summary>
/// The days a claim is on the map in a sequence of frames: its <see cref="ClaimPeriod"/>, its whole
/// span from its event date to its end date, widened by its precision. A date known only to the
/// week, month or year is not pinned to the day it is stored as (the 1st, say): it shows in every
/// frame of its week (Monday to Sunday), calendar month or year, drawn pale as uncertain.
/// </summary>
public readonly record struct ShownPeriod(DateOnly Start, DateOnly End, bool Uncertain)
{
    public static ShownPeriod Of(ClaimData claim)
    {
        var (start, end) = ClaimPeriod.Of(claim);
        return new(start, end, ClaimPeriod.IsWidened(claim));
    }

    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && End >= from;
}
