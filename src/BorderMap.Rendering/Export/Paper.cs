namespace BorderMap.Rendering.Export;

/// <summary>The paper presets, in points (1/72 inch): ISO A4 and A3 (millimetres rounded as PDF tools do) and US Letter.</summary>
public static class Paper
{
    private const float PointsPerMm = 72 / 25.4f;

    // Classes, not value tuples: generic code over value tuples is not in the ReadyToRun image, and
    // every export reads these at start.
    private static readonly PaperSize[] Sheets =
    [
        new("A4", 210 * PointsPerMm, 297 * PointsPerMm),
        new("A3", 297 * PointsPerMm, 420 * PointsPerMm),
        new("Letter", 612, 792),
    ];

    /// <summary>Every preset name, e.g. <c>A4-landscape</c>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Sheets.SelectMany(s => new[] { $"{s.Name}-landscape", $"{s.Name}-portrait" })];

    /// <summary>The page size of a preset (matched case-insensitively), or null for an unknown name.</summary>
    public static PaperSize? Find(string name)
    {
        var canonical = Names.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (canonical is null)
        {
            return null;
        }

        var sheet = Sheets.Single(s => canonical.StartsWith(s.Name + "-", StringComparison.Ordinal));
        var landscape = canonical.EndsWith("-landscape", StringComparison.Ordinal);
        return landscape ? new PaperSize(canonical, sheet.Height, sheet.Width) : new PaperSize(canonical, sheet.Width, sheet.Height);
    }
}

/// <summary>A named page size in points.</summary>
public sealed record PaperSize(string Name, float Width, float Height);
