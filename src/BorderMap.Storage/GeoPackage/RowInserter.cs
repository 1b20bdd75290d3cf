using System.Text;
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
/// position straight through SQLitePCL, on the connection's own handle inside its transaction.
/// </para>
/// Not thread-safe: it belongs to one connection, which writes one transaction at a time.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    public const int RowsPerStatement = 64;

    private readonly sqlite3 _db;
    private readonly string _insert;
    private readonly string _upsert;
    private readonly int _columns;
    private readonly sqlite3_stmt _one;
    private sqlite3_stmt? _many;
    private readonly Cell[] _cells;
    private int _count;
    private byte[] _utf8 = new byte[4096];

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
        _columns = columns;
        _cells = new Cell[columns * RowsPerStatement];
        _insert = $"{(verb == "INSERT" ? "INSERT OR FAIL" : verb)} INTO {into} VALUES ";
        _upsert = upsert;
        _one = Prepare(_insert + Rows(1));
    }

    private enum Kind : byte
    {
        Null,
        Integer,
        Real,
        Text,
        Blob,
    }

    public RowInserter Add(long value) => Keep(new Cell(Kind.Integer, value, 0, null));

    public RowInserter Add(double value) => Keep(new Cell(Kind.Real, 0, value, null));

    public RowInserter Add(string? value) => Keep(value is null ? default : new Cell(Kind.Text, 0, 0, value));

    public RowInserter Add(byte[] value) => Keep(new Cell(Kind.Blob, 0, 0, value));

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

    private RowInserter Keep(Cell cell)
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
        for (var i = 0; i < count; i++)
        {
            Check(Bind(statement, i + 1, _cells[first + i]));
            _cells[first + i] = default;
        }

        var result = raw.sqlite3_step(statement);
        try
        {
            if (result != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(result, _db);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    private int Bind(sqlite3_stmt statement, int index, Cell cell) => cell.Kind switch
    {
        Kind.Integer => raw.sqlite3_bind_int64(statement, index, cell.Integer),
        Kind.Real => raw.sqlite3_bind_double(statement, index, cell.Real),
        Kind.Text => BindText(statement, index, (string)cell.Reference!),
        // An empty span would be bound from a null pointer, which SQLite takes for NULL.
        Kind.Blob when cell.Reference is byte[] { Length: 0 } => raw.sqlite3_bind_zeroblob(statement, index, 0),
        Kind.Blob => raw.sqlite3_bind_blob(statement, index, (byte[])cell.Reference!),
        _ => raw.sqlite3_bind_null(statement, index),
    };

    /// <summary>Encodes into a buffer kept for the purpose; SQLite copies the bytes (SQLITE_TRANSIENT) before the next value reuses it.</summary>
    private int BindText(sqlite3_stmt statement, int index, string text)
    {
        if (text.Length == 0)
        {
            return raw.sqlite3_bind_text(statement, index, string.Empty);
        }

        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, length));
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

    /// <summary>One value: its kind, and the number or the text or blob it holds.</summary>
    private readonly record struct Cell(Kind Kind, long Integer, double Real, object? Reference);
}
