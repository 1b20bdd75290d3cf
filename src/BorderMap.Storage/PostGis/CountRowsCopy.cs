using System.Globalization;
using System.Text;
using BorderMap.Storage.Counting;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// One count table's rows from an import's counters (<see cref="ImportCounts"/>), kept in <c>COPY</c>'s text form in a temporary
/// file (<c>Path.GetTempPath()</c>, deleted on close) until the claims' own <c>COPY</c> has ended and the connection is free
/// (<see cref="Write"/>): the counters write a batch whenever their bound is reached, in the middle of the claims' pass. Rows
/// of one batch hold each key once and are copied straight into the table; rows of several batches may repeat a key, and are
/// copied into a temporary table and added up key by key into the count table by one statement.
/// </summary>
internal sealed class CountRowsCopy : ICountRows
{
    private readonly string _table;
    private readonly IReadOnlyList<string> _key;
    private readonly IReadOnlyList<string> _sums;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"bordermap-counts-{Guid.NewGuid():N}.copy");
    private readonly FileStream _file;
    private readonly StreamWriter _rows;
    private int _column;
    private long _rowsInBatch;

    /// <param name="table">the count table, unqualified (the staged schema's, named at <see cref="Write"/>).</param>
    /// <param name="key">its key's columns, in the order the counters write them.</param>
    /// <param name="sums">the columns added up, after the key.</param>
    public CountRowsCopy(string table, IReadOnlyList<string> key, IReadOnlyList<string> sums)
    {
        (_table, _key, _sums) = (table, key, sums);
        _file = new FileStream(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _rows = new StreamWriter(_file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
    }

    /// <summary>The count table, unqualified.</summary>
    public string Table => _table;

    /// <summary>The batches written so far.</summary>
    public int Batches { get; private set; }

    private int Columns => _key.Count + _sums.Count;

    public ICountRows Add(long value) => Value(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A real as the shortest text that reads back to the same bits, which PostgreSQL's <c>float8</c> input does.</summary>
    public ICountRows Add(double value) => Value(value.ToString("R", CultureInfo.InvariantCulture));

    public ICountRows Add(string? value)
    {
        if (value is null)
        {
            return Value("\\N");
        }

        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': _rows.Write("\\\\"); break;
                case '\t': _rows.Write("\\t"); break;
                case '\n': _rows.Write("\\n"); break;
                case '\r': _rows.Write("\\r"); break;
                default: _rows.Write(c); break;
            }
        }

        return Value(string.Empty);
    }

    public void Flush()
    {
        if (_column != 0)
        {
            throw new InvalidOperationException($"a row of {_table} has {_column} of its {Columns} values");
        }

        if (_rowsInBatch > 0)
        {
            Batches++;
            _rowsInBatch = 0;
        }
    }

    /// <summary>
    /// Writes the rows into the table of <paramref name="schema"/>, emptied in <paramref name="transaction"/> (so a single batch is
    /// copied frozen, needing no vacuum), on <paramref name="connection"/>.
    /// </summary>
    public void Write(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema)
    {
        Flush();
        _rows.Flush();
        var table = $"{schema}.{_table}";
        if (Batches <= 1)
        {
            Copy(connection, $"COPY {table} ({string.Join(", ", _key.Concat(_sums))}) FROM STDIN (FREEZE)");
            return;
        }

        const string Parts = "count_parts";
        StagedImport.Execute(connection, transaction, $"CREATE TEMP TABLE {Parts} (LIKE {table}) ON COMMIT DROP");
        Copy(connection, $"COPY {Parts} ({string.Join(", ", _key.Concat(_sums))}) FROM STDIN");
        var key = string.Join(", ", _key);
        StagedImport.Execute(
            connection,
            transaction,
            $"INSERT INTO {table} ({key}, {string.Join(", ", _sums)}) SELECT {key}, {string.Join(", ", _sums.Select(s => $"sum({s})"))} " +
            $"FROM {Parts} GROUP BY {key} ORDER BY {key}; DROP TABLE {Parts}");
    }

    public void Dispose()
    {
        _rows.Dispose();
        _file.Dispose();
    }

    private void Copy(NpgsqlConnection connection, string sql)
    {
        _file.Position = 0;
        using var reader = new StreamReader(_file, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, 1 << 16, leaveOpen: true);
        using var copy = connection.BeginTextImport(sql);
        var block = new char[1 << 16];
        int read;
        while ((read = reader.Read(block, 0, block.Length)) > 0)
        {
            copy.Write(block, 0, read);
        }
    }

    /// <summary>Ends a value (its text, escaped, already written before <paramref name="text"/>), and its row after the last column.</summary>
    private CountRowsCopy Value(string text)
    {
        _rows.Write(text);
        if (++_column == Columns)
        {
            _rows.Write('\n');
            _column = 0;
            _rowsInBatch++;
        }
        else
        {
            _rows.Write('\t');
        }

        return this;
    }
}
