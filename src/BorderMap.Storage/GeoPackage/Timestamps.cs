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

    /// <summary>The last time written and its text: an import stamps every claim it writes with one time, twice.</summary>
    private static Written? s_last;

    public static string Write(DateTimeOffset time)
    {
        if (s_last is { } last && last.Time == time)
        {
            return last.Text;
        }

        var text = time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);
        s_last = new Written(time, text);
        return text;
    }

    /// <summary>
    /// Reads the stored form digit by digit: a map export reads two timestamps for each of up to
    /// 10,000 claims, and the general format parser took ~25 ms of a cold export's claim read. Text in
    /// any other shape goes to that parser, which accepts only <see cref="Format"/> or throws.
    /// </summary>
    public static DateTimeOffset Read(string text)
    {
        if (text.Length == Format.Length - 4 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == '.' && text[23] == 'Z'
            && Digits(text, 0, 4) is var year and > 0 && Digits(text, 5, 2) is var month and >= 1 and <= 12 && Digits(text, 8, 2) is var day and >= 1
            && day <= DateTime.DaysInMonth(year, month) && Digits(text, 11, 2) is var hour and >= 0 and < 24 && Digits(text, 14, 2) is var minute and >= 0 and < 60
            && Digits(text, 17, 2) is var second and >= 0 and < 60 && Digits(text, 20, 3) is var millisecond and >= 0)
        {
            return new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);
        }

        return DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits at <paramref name="start"/>, or -1 if one is not a digit.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    /// <summary>A time and its text; replaced whole, so threads that share it never see one without the other.</summary>
    private sealed record Written(DateTimeOffset Time, string Text);
}
