using BorderMap.Storage.GeoPackage;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The GeoPackage's bulk row writer binds values by position outside Microsoft.Data.Sqlite: what
/// it writes, in statements of many rows and of one, must read back exactly as given, and a
/// refused row must fail the write as SQLite's own error, its transaction keeping none of the rows.
/// </summary>
public sealed class RowInserterTests
{
    [Fact]
    public void Rows_written_many_at_a_time_and_one_at_a_time_read_back_exactly()
    {
        using var connection = OpenTable();
        // Two statements of many rows, then rows one by one; constructed text, with empty text apart from null, an astral
        // character and long texts past the values' first buffer; an empty blob must stay a blob, not become null.
        var rows = Enumerable.Range(0, RowInserter.RowsPerStatement * 2 + 3)
            .Select(i => (Number: (long)i - 5, Real: i / 3.0, Text: (i % 4) switch { 0 => string.Empty, 1 => (string?)null, 2 => $"Панҷ rūd {i} دریا 𝄞", _ => new string('q', 5000 + i) }, Blob: i % 5 == 0 ? [] : new byte[] { (byte)i, 7 }))
            .ToList();

        using (var transaction = connection.BeginTransaction())
        using (var inserter = new RowInserter(connection, "t (n, r, s, b)", 4))
        {
            foreach (var row in rows)
            {
                inserter.Add(row.Number).Add(row.Real).Add(row.Text).Add(row.Blob);
            }

            inserter.Flush();
            transaction.Commit();
        }

        Assert.Equal(rows.Select(r => (r.Number, r.Real, r.Text, Convert.ToHexString(r.Blob))), Read(connection));
    }

    [Fact]
    public void A_refused_row_fails_with_the_database_error_and_leaves_its_statement_usable()
    {
        using var connection = OpenTable();
        using var inserter = new RowInserter(connection, "t (n, r, s, b)", 4);

        inserter.Add(1).Add(0.5).Add("a").Add(new byte[] { 1 });
        inserter.Add(null as object).Add(0.5).Add("b").Add(new byte[] { 2 });
        var refused = Assert.Throws<SqliteException>(inserter.Flush);

        Assert.Contains("NOT NULL constraint failed: t.n", refused.Message, StringComparison.Ordinal);
        inserter.Add(3).Add(1.5).Add("c").Add(new byte[] { 3 });
        inserter.Flush();
        Assert.Equal(new[] { 1L, 3L }, Read(connection).Select(r => r.Number));
    }

    [Fact]
    public void A_refused_row_in_a_statement_of_many_fails_the_write_and_its_transaction_keeps_none_of_the_rows()
    {
        using var connection = OpenTable();
        using (var transaction = connection.BeginTransaction())
        using (var inserter = new RowInserter(connection, "t (n, r, s, b)", 4))
        {
            // Inserters write inside transactions that are rolled back whole, with no statement journal (INSERT OR FAIL).
            var refused = Assert.Throws<SqliteException>(() =>
            {
                for (var i = 0; i < RowInserter.RowsPerStatement; i++)
                {
                    inserter.Add(i == RowInserter.RowsPerStatement / 2 ? null : (object)(long)i).Add(0.5).Add("constructed").Add(new byte[] { 1 });
                }
            });

            Assert.Contains("NOT NULL constraint failed: t.n", refused.Message, StringComparison.Ordinal);
            transaction.Rollback();
        }

        Assert.Empty(Read(connection));
    }

    private static SqliteConnection OpenTable()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE t (n INTEGER NOT NULL, r REAL, s TEXT, b BLOB)";
        command.ExecuteNonQuery();
        return connection;
    }

    private static List<(long Number, double Real, string? Text, string Blob)> Read(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT n, r, s, b FROM t ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var rows = new List<(long, double, string?, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetString(2), Convert.ToHexString((byte[])reader[3])));
        }

        return rows;
    }
}
