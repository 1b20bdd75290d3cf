using System.Globalization;

namespace BorderMap.Core;

/// <summary>
/// Calendar dates as BorderMap writes them everywhere: <c>YYYY-MM-DD</c>. Parsing is hand-rolled
/// because it runs for every date of every claim on import and load, where the general
/// culture-aware parser was a fifth of the import time; it accepts exactly what
/// <c>DateOnly.TryParseExact(text, "yyyy-MM-dd", InvariantCulture)</c> accepts.
/// </summary>
public static class IsoDate
{
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (text is not { Length: 10 } || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static DateOnly Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date in the form YYYY-MM-DD.");

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
