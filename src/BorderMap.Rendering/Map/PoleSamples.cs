using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// The grid samples inside an area that <see cref="LabelPole"/> scores, in grid order: where each
/// is and how far it is from the outline (or the nearest claim anchor). Parallel arrays, not a
/// sequence of tuples: generic code over value tuples is not in the ReadyToRun image.
/// </summary>
internal sealed class PoleSamples(int capacity)
{
    public float[] X { get; } = new float[capacity];

    public float[] Y { get; } = new float[capacity];

    public float[] Distance { get; } = new float[capacity];

    public int Count { get; private set; }

    public void Add(float x, float y, float distance)
    {
        X[Count] = x;
        Y[Count] = y;
        Distance[Count] = distance;
        Count++;
    }

    /// <summary>The indices of the <paramref name="count"/> farthest samples, farthest first; ties keep grid order.</summary>
    public int[] BestFirst(int count)
    {
        var taken = new bool[Count];
        var best = new int[Math.Min(count, Count)];
        for (var k = 0; k < best.Length; k++)
        {
            var pick = -1;
            for (var i = 0; i < Count; i++)
            {
                if (!taken[i] && (pick < 0 || Distance[i].CompareTo(Distance[pick]) > 0))
                {
                    pick = i;
                }
            }

            taken[pick] = true;
            best[k] = pick;
        }

        return best;
    }

    /// <summary>The first farthest sample, where the point (x, y) at <paramref name="distance"/> comes after every sample.</summary>
    public SKPoint FirstFarther(float x, float y, float distance)
    {
        var (bestX, bestY, bestDistance, found) = (x, y, distance, false);
        for (var i = 0; i < Count; i++)
        {
            if (!found || Distance[i].CompareTo(bestDistance) > 0)
            {
                (bestX, bestY, bestDistance, found) = (X[i], Y[i], Distance[i], true);
            }
        }

        if (found && distance.CompareTo(bestDistance) > 0)
        {
            (bestX, bestY) = (x, y);
        }

        return new SKPoint(bestX, bestY);
    }
}
