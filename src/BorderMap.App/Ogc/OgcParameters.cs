using System.Globalization;
using BorderMap.Core;
using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.App.Ogc;

/// <summary>
/// The query parameters every OGC API – Features <c>items</c> request shares, read as Part 1 Core
/// says: <c>bbox</c> (four or six numbers in CRS84, min before max), <c>datetime</c> (an instant or
/// an interval with <c>..</c> or an empty side for an open end), <c>limit</c> (clamped to the
/// largest page) and <c>cursor</c> (from a <c>next</c> link). Each bad value is a problem naming
/// its parameter, which the endpoint answers with 400.
/// </summary>
internal static class OgcParameters
{
    /// <summary>The page an <c>items</c> request gets without <c>limit</c>.</summary>
    public const int DefaultLimit = 100;

    public static Envelope? BoundingBox(string? text, List<FieldProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        var numbers = text.Split(',').Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN).ToArray();
        if (numbers.Length is not (4 or 6) || numbers.Any(double.IsNaN))
        {
            problems.Add(new FieldProblem("bbox", $"'{text}' is not four numbers minLon,minLat,maxLon,maxLat (or six, with heights)"));
            return null;
        }

        var half = numbers.Length / 2;
        var (minLon, minLat, maxLon, maxLat) = (numbers[0], numbers[1], numbers[half], numbers[half + 1]);
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLat > maxLat)
        {
            problems.Add(new FieldProblem("bbox", $"'{text}' must have -180 <= lon <= 180, -90 <= lat <= 90 and minLat <= maxLat"));
            return null;
        }

        if (minLon > maxLon)
        {
            problems.Add(new FieldProblem("bbox", $"'{text}' crosses the antimeridian (minLon > maxLon), which this server does not support; ask for each side separately"));
            return null;
        }

        return new Envelope(minLon, maxLon, minLat, maxLat);
    }

    /// <summary>The days an instant or interval covers, each end null when open; claims are dated to the day, so a time of day is dropped (in UTC).</summary>
    public static (DateOnly? From, DateOnly? To) DateTime(string? text, List<FieldProblem> problems)
    {
        if (text is null)
        {
            return (null, null);
        }

        var parts = text.Split('/');
        if (parts.Length > 2 || parts.All(p => p is "" or ".."))
        {
            problems.Add(new FieldProblem("datetime", $"'{text}' is not an RFC 3339 date-time or an interval start/end (with '..' for an open end)"));
            return (null, null);
        }

        var from = Day(parts[0], text, problems);
        var to = parts.Length == 1 ? from : Day(parts[1], text, problems);
        if (from > to)
        {
            problems.Add(new FieldProblem("datetime", $"'{text}' ends before it starts"));
        }

        return (from, to);
    }

    public static int Limit(string? text, int max, List<FieldProblem> problems)
    {
        if (text is null)
        {
            return Math.Min(DefaultLimit, max);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1)
        {
            return Math.Min(limit, max);
        }

        problems.Add(new FieldProblem("limit", $"'{text}' is not a whole number of 1 or more"));
        return 1;
    }

    private static DateOnly? Day(string part, string whole, List<FieldProblem> problems)
    {
        if (part is "" or "..")
        {
            return null;
        }

        // A date alone, or a date with the "T" GDAL's OAPIF driver leaves when a filter has no time.
        var date = part.EndsWith('T') ? part[..^1] : part;
        if (IsoDate.TryParse(date, out var day))
        {
            return day;
        }

        if (DateTimeOffset.TryParseExact(part, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HHK"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var instant)
            && part.Length > 11 && (part.EndsWith('Z') || part[^6] is '+' or '-'))
        {
            return DateOnly.FromDateTime(instant.UtcDateTime);
        }

        problems.Add(new FieldProblem("datetime", $"'{part}' in '{whole}' is not an RFC 3339 date-time (2021-07-05T14:30:00Z) or date (2021-07-05)"));
        return null;
    }
}
