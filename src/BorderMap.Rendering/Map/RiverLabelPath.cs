using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// Candidate positions for a label along a line: windows as long as the label where the line runs
/// nearly straight (within 18°, the web map's maxAngle of π/10, since the Panj meanders), straightest
/// first. The label sits just above the line, turned to its direction and kept upright.
/// </summary>
internal static class RiverLabelPath
{
    private const float MaxBendRadians = MathF.PI / 10;

    /// <summary>A label position: its centre, its angle and how much the line bends under it.</summary>
    public sealed record Candidate(SKPoint Centre, float Degrees, float Bend, int Order);

    public static Candidate[] Candidates(SKPoint[] line, float length, float offset)
    {
        var distances = new float[line.Length];
        for (var i = 1; i < line.Length; i++)
        {
            distances[i] = distances[i - 1] + SKPoint.Distance(line[i - 1], line[i]);
        }

        var candidates = new List<Candidate>();
        for (var start = 0f; start + length <= distances[^1]; start += length / 4)
        {
            var from = At(line, distances, start);
            var to = At(line, distances, start + length);
            var chord = MathF.Atan2(to.Y - from.Y, to.X - from.X);
            var bend = 0f;
            for (var i = 1; i < line.Length; i++)
            {
                if (distances[i] > start && distances[i - 1] < start + length && line[i] != line[i - 1])
                {
                    var segment = MathF.Atan2(line[i].Y - line[i - 1].Y, line[i].X - line[i - 1].X);
                    bend = Math.Max(bend, MathF.Abs(Wrap(segment - chord)));
                }
            }

            if (bend > MaxBendRadians)
            {
                continue;
            }

            var upright = Wrap(chord);
            if (MathF.Abs(upright) > MathF.PI / 2)
            {
                upright = Wrap(upright + MathF.PI);
            }

            // "Above" is the side of the line facing the top of the upright text.
            var normal = new SKPoint(MathF.Sin(upright), -MathF.Cos(upright));
            var middle = new SKPoint((from.X + to.X) / 2, (from.Y + to.Y) / 2);
            candidates.Add(new Candidate(middle + new SKPoint(normal.X * offset, normal.Y * offset), upright * 180 / MathF.PI, bend, candidates.Count));
        }

        // Straightest first; equal bends keep their order along the line (Order makes the sort stable).
        var sorted = candidates.ToArray();
        Array.Sort(sorted, static (a, b) => a.Bend.CompareTo(b.Bend) is var order and not 0 ? order : a.Order.CompareTo(b.Order));
        return sorted;
    }

    private static SKPoint At(SKPoint[] line, float[] distances, float distance)
    {
        var i = 0;
        while (i < distances.Length && !(distances[i] >= distance))
        {
            i++;
        }

        i = i == distances.Length ? -1 : i;
        if (i <= 0)
        {
            return line[Math.Max(i, 0)];
        }

        var t = (distance - distances[i - 1]) / (distances[i] - distances[i - 1]);
        return new SKPoint(line[i - 1].X + ((line[i].X - line[i - 1].X) * t), line[i - 1].Y + ((line[i].Y - line[i - 1].Y) * t));
    }

    private static float Wrap(float radians)
    {
        while (radians > MathF.PI)
        {
            radians -= 2 * MathF.PI;
        }

        while (radians < -MathF.PI)
        {
            radians += 2 * MathF.PI;
        }

        return radians;
    }
}
