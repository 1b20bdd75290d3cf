using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;

namespace BorderMap.Storage;

/// <summary>A stored row that cannot be read as what its table holds, named by its id.</summary>
public sealed record MalformedRow(string Id, string Problem);

/// <summary>
/// Quarantine for rows that were written past the app (an edit in QGIS or psql) and no longer parse:
/// a list column that is not JSON, a timestamp that is not one, a geometry blob that is not WKB.
/// Such a row is skipped by every read, reported once per process with its id on standard error,
/// and told to whoever observes <see cref="Skipped"/> (<c>bordermap store check</c>), so one bad
/// row never stops the server from starting or a page from loading. Rows without an <c>id</c>
/// column (aggregates, tiles) are not quarantined: their failure is the store's, not a row's.
/// </summary>
public static class MalformedRows
{
    private static readonly ConcurrentDictionary<string, bool> Reported = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static int _skippedOnThisThread;

    /// <summary>How many rows reads on this thread have skipped, so that a page can tell it came back short because of them.</summary>
    public static int SkippedOnThisThread => _skippedOnThisThread;

    /// <summary>Raised for every skipped row, on the reading thread.</summary>
    public static event Action<MalformedRow>? Skipped;

    /// <summary>Reads the current row with <paramref name="read"/>; false when the row is malformed and was skipped.</summary>
    public static bool TryRead<TReader, T>(TReader reader, Func<TReader, T> read, out T row)
        where TReader : DbDataReader
    {
        try
        {
            row = read(reader);
            return true;
        }
        catch (Exception e) when (IsRowDefect(e) && IdOf(reader) is { } id)
        {
            Skip(new MalformedRow(id, e.Message.ReplaceLineEndings(" ")));
            row = default!;
            return false;
        }
    }

    /// <summary>Reads every remaining row with <paramref name="read"/>, skipping the malformed ones.</summary>
    public static List<T> ReadAll<TReader, T>(TReader reader, Func<TReader, T> read)
        where TReader : DbDataReader
    {
        var rows = new List<T>();
        while (reader.Read())
        {
            if (TryRead(reader, read, out var row))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static void Skip(MalformedRow row)
    {
        _skippedOnThisThread++;
        if (Reported.TryAdd(row.Id, true))
        {
            Console.Error.WriteLine($"bordermap: skipped the malformed stored row '{row.Id}': {row.Problem}; 'bordermap store check' lists such rows");
        }

        Skipped?.Invoke(row);
    }

    private static bool IsRowDefect(Exception e) =>
        e is JsonException or FormatException or InvalidCastException or InvalidDataException or EndOfStreamException
            or ArgumentException or NetTopologySuite.IO.ParseException or InvalidOperationException;

    private static string? IdOf(DbDataReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (reader.GetName(i) == "id" && !reader.IsDBNull(i) && reader.GetValue(i) is string id)
            {
                return id;
            }
        }

        return null;
    }
}
