namespace BorderMap.Rendering.Export;

/// <summary>The paper presets, in points (1/72 inch): ISO A4 and A3 (millimetres rounded as PDF tools do) and US Letter.</summary>
public static class Paper
{
    private const float PointsPerMm = 72 / 25.4f;

    private static readonly (string Name, float Width, float Height)[] Sheets =
    [
        ("A4", 210 * PointsPerMm, 297 * PointsPerMm),
        ("A3", 297 * PointsPerMm, 420 * PointsPerMm),
        ("Letter", 612, 792),
    ];

    /// <summary>Every preset name, e.g. <c>A4-landscape</c>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Sheets.SelectMany(s => new[] { $"{s.Name}-landscape", $"{s.Name}-portrait" })];

    /// <summary>The page size of a preset (matched case-insensitively), or null for an unknown name.</summary>
    public static (string Name, float Width, float Height)? Find(string name)
    {
        var canonical = Names.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (canonical is null)
        {
            return null;
        }

        var sheet = Sheets.Single(s => canonical.StartsWith(s.Name + "-", StringComparison.Ordinal));
        var landscape = canonical.EndsWith("-landscape", StringComparison.Ordinal);
        return landscape ? (canonical, sheet.Height, sheet.Width) : (canonical, sheet.Width, sheet.Height);
    }
}
