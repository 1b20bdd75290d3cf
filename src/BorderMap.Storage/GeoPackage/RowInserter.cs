using BorderMap.Storage.Counting;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Adds rows to one table, <see cref="RowsPerStatement"/> at a time with one multi-row
/// <c>INSERT</c> prepared once (per transaction, or per kept connection: <see cref="PreparedStatements"/>), the rest one by one; values are kept until
/// <see cref="Flush"/> or until a statement's worth has been added.
/// <para>
/// Why not a <see cref="SqliteCommand"/>: Microsoft.Data.Sqlite binds every parameter by name, and
/// SQLite looks a name up by a linear search of the statement's parameters, so binding a statement of
/// many rows that way costs the square of its size, and a statement per row costs a reader and the
/// statement's overhead (a statement journal among it) per row. Here the values are bound by
/// position straight into SQLite (<see cref="StatementValues"/>), on the connection's own handle inside its transaction.
/// </para>
/// Not thread-safe: it belongs to one connection, which writes one transaction at a time.
/// </summary>
internal sealed class RowInserter : ICountRows
{
    public const int RowsPerStatement = 64;

    private readonly sqlite3 _db;
    private readonly string _insert;
    private readonly string _upsert;
    private readonly int _columns;
    private readonly sqlite3_stmt _one;
    private sqlite3_stmt? _many;
    private readonly StatementValue[] _cells;
    private readonly StatementValues _values = new();
    private int _count;

    /// <param name="into">the table, with its column list unless every column is given in order.</param>
    /// <param name="verb">
    /// <c>INSERT</c>, or <c>INSERT OR REPLACE</c> / <c>INSERT OR IGNORE</c>. A plain insert runs as
    /// <c>INSERT OR FAIL</c>: every inserter writes inside a transaction that is rolled back whole
    /// when a statement fails, so SQLite need not be able to undo one statement alone. For that undo
    /// it copies every page a statement of many rows changes, that existed before it, to a
    /// temporary file (its statement journal): 86 MiB written for a 20,000-claim import, never read.
    /// </param>
    /// <param name="upsert">an <c>ON CONFLICT</c> clause that follows the rows, or empty.</param>
    public RowInserter(SqliteConnection connection, string into, int columns, string verb = "INSERT", string upsert = "")
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        if (raw.GetNativeLibraryName() != NativeBinds.Library)
        {
            throw new InvalidOperationException($"SQLite is {raw.GetNativeLibraryName()}, not the {NativeBinds.Library} the values are bound through");
        }

        _columns = columns;
        _cells = new StatementValue[columns * RowsPerStatement];
        _insert = $"{(verb == "INSERT" ? "INSERT OR FAIL" : verb)} INTO {into} VALUES ";
        _upsert = upsert;
        _one = Prepare(_insert + Rows(1));
    }

    public RowInserter Add(long value) => Keep(new StatementValue(ValueKind.Integer, value, 0, null));

    public RowInserter Add(double value) => Keep(new StatementValue(ValueKind.Real, 0, value, null));

    public RowInserter Add(string? value) => Keep(value is null ? default : new StatementValue(ValueKind.Text, 0, 0, value));

    ICountRows ICountRows.Add(long value) => Add(value);

    ICountRows ICountRows.Add(double value) => Add(value);

    ICountRows ICountRows.Add(string? value) => Add(value);

    public RowInserter Add(byte[] value) => Keep(new StatementValue(ValueKind.Blob, 0, 0, value));

    /// <summary>A value of a column list built elsewhere (<see cref="ClaimRow.Values"/>): text, a whole number, a real number, a blob or null.</summary>
    public RowInserter Add(object? value) => value switch
    {
        null => Keep(default),
        string text => Add(text),
        int number => Add(number),
        long number => Add(number),
        double number => Add(number),
        byte[] blob => Add(blob),
        _ => throw new ArgumentException($"no SQLite value for a {value.GetType().Name}", nameof(value)),
    };

    /// <summary>Writes the rows added and not yet written.</summary>
    public void Flush()
    {
        if (_count % _columns != 0)
        {
            throw new InvalidOperationException($"a row has {_count % _columns} of its {_columns} values");
        }

        var rows = _count / _columns;
        _count = 0;
        for (var row = 0; row < rows; row++)
        {
            Run(_one, row * _columns, _columns);
        }
    }

    /// <summary>Forgets the rows added and not yet written.</summary>
    public void Discard()
    {
        Array.Clear(_cells, 0, _count);
        _count = 0;
    }

    public void Dispose()
    {
        _many?.Dispose();
        _one.Dispose();
    }

    private RowInserter Keep(StatementValue cell)
    {
        _cells[_count++] = cell;
        if (_count == _cells.Length)
        {
            _count = 0;
            // Prepared only when needed: a single claim's write never fills a statement of many rows.
            Run(_many ??= Prepare(_insert + Rows(RowsPerStatement)), 0, _cells.Length);
        }

        return this;
    }

    /// <summary>Binds <paramref name="count"/> kept values from <paramref name="first"/> to the statement's parameters 1… and runs it.</summary>
    private void Run(sqlite3_stmt statement, int first, int count)
    {
        var values = _cells.AsSpan(first, count);
        var result = _values.Run(statement, values);
        values.Clear();
        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, _db);
        }
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
        return statement;
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _db);
        }
    }

    private string Rows(int rows)
    {
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", _columns)) + ")";
        return string.Join(", ", Enumerable.Repeat(row, rows)) + " " + _upsert;
    }
}
