using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>A table rows are added to with a <see cref="RowInserter"/>: where they go, how many values a row has, and the verb.</summary>
internal sealed record RowTable(string Into, int Columns, string Verb = "INSERT");

/// <summary>
/// The <see cref="RowInserter"/>s of one connection's writes (<see cref="PreparedStatements"/>), each prepared when its table is first
/// written (a temporary table exists only from then on) and flushed together: an import adds a
/// chunk's rows to every table and flushes once per chunk, a single write flushes at once.
/// Not thread-safe: it belongs to one connection, which writes one transaction at a time.
/// </summary>
internal sealed class TableInserts(SqliteConnection connection) : IDisposable
{
    // By reference: the tables are static descriptions, and a row is added many times over.
    private readonly Dictionary<RowTable, RowInserter> _inserters = new(ReferenceEqualityComparer.Instance);

    public RowInserter this[RowTable table]
    {
        get
        {
            if (!_inserters.TryGetValue(table, out var inserter))
            {
                inserter = new RowInserter(connection, table.Into, table.Columns, table.Verb);
                _inserters[table] = inserter;
            }

            return inserter;
        }
    }

    /// <summary>Writes every row added and not yet written.</summary>
    public void Flush()
    {
        foreach (var inserter in _inserters.Values)
        {
            inserter.Flush();
        }
    }

    /// <summary>Forgets every row added and not yet written: a failed transaction's, before the next one.</summary>
    public void Discard()
    {
        foreach (var inserter in _inserters.Values)
        {
            inserter.Discard();
        }
    }

    public void Dispose()
    {
        foreach (var inserter in _inserters.Values)
        {
            inserter.Dispose();
        }
    }
}
