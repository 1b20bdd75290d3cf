using System.Globalization;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// GeoPackage DATETIME text: ISO 8601 UTC with exactly milliseconds ("2026-11-25T10:00:00.000Z"),
/// the form the specification and GDAL's validator require. Times are truncated to milliseconds
/// before they are stored, so a claim read back equals the one written.
/// </summary>
internal static class Timestamps
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static DateTimeOffset Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    public static string Write(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
