using System.Globalization;
using BorderMap.Core;
using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Interchange.Datasets;

/// <summary>
/// One row of a dataset file, read by column name, collecting what is wrong with it under the
/// file's own column names. A cell's value has <see cref="CsvFormulaGuard"/>'s apostrophe taken
/// off; its raw text and offsets stay as they are in the file.
/// </summary>
internal sealed class DatasetRow(DatasetRecord record, IReadOnlyDictionary<string, int> header)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d MMMM yyyy", "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-dd HH:mm:ss"];

    private readonly List<FieldProblem> _problems = [];

    public string Position => record.Position;

    public IReadOnlyList<FieldProblem> Problems => _problems;

    public DatasetCell Cell(string column) => record.Cells[header[column]];

    public string Text(string column) => CsvFormulaGuard.Restore(Cell(column).Value);

    public void Fail(string column, string message) => _problems.Add(new FieldProblem(column, message));

    /// <summary>A required text cell; an empty one is reported.</summary>
    public string Required(string column, string what)
    {
        var text = Text(column);
        if (text.Trim().Length == 0)
        {
            Fail(column, $"is empty; it is the claim's {what}");
        }

        return text;
    }

    /// <summary>The cell's date as YYYY-MM-DD; accepts the ISO form, "15 March 2024" and ISO with a time of day.</summary>
    public string? Date(string column, bool required = true)
    {
        var text = Text(column).Trim();
        if (text.Length == 0 && !required)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            var date = DateOnly.FromDateTime(parsed);
            if (date < ClaimLimits.EarliestDate || date > ClaimLimits.LatestDate)
            {
                Fail(column, $"{text} lies outside the accepted range {IsoDate.Format(ClaimLimits.EarliestDate)} to {IsoDate.Format(ClaimLimits.LatestDate)}");
                return null;
            }

            return IsoDate.Format(date);
        }

        Fail(column, $"'{text}' is not a date (YYYY-MM-DD or 15 March 2024)");
        return null;
    }

    public TLevel Precision<TLevel>(string column, PrecisionCodes<TLevel> codes, TLevel fallback)
        where TLevel : notnull
    {
        var text = Text(column).Trim();
        if (codes.TryLevel(text, out _, out var level))
        {
            return level;
        }

        Fail(column, $"'{text}' is not a precision code ({codes.Meaning})");
        return fallback;
    }

    /// <summary>A count (fatalities, deaths): a whole number, 0 or more; an empty cell is 0.</summary>
    public double Count(string column)
    {
        var text = Text(column).Trim();
        if (text.Length == 0)
        {
            return 0;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        Fail(column, $"'{text}' is not a whole number of 0 or more");
        return 0;
    }

    /// <summary>The point at the row's latitude and longitude, WGS84 decimal degrees.</summary>
    public Point? Point(string latitude, string longitude)
    {
        double? Degrees(string column, double limit)
        {
            var text = Text(column).Trim();
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= limit)
            {
                return value;
            }

            Fail(column, $"'{text}' is not decimal degrees from -{limit} to {limit}");
            return null;
        }

        var (lat, lon) = (Degrees(latitude, 90), Degrees(longitude, 180));
        return lat is { } y && lon is { } x ? new Point(x, y) { SRID = 4326 } : null;
    }

    /// <summary>The year column must agree with the event date it repeats.</summary>
    public void CheckYear(string column, string? date)
    {
        var text = Text(column).Trim();
        if (date is not null && text != date[..4])
        {
            Fail(column, $"'{text}' is not the year of the event date {date}");
        }
    }

    /// <summary>The quote of a cell: its verbatim characters at their offsets in the file.</summary>
    public Quote Quote(string column)
    {
        var cell = Cell(column);
        return new Quote(cell.Raw, cell.Start, cell.End);
    }
}
