using System.Globalization;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Counting;
using BorderMap.Storage.GeoPackage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using static BorderMap.Storage.Tests.MemoryDatabase;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A large GeoPackage import counts its claims' cells in memory (<see cref="CellCounts"/>) instead of grouping their summary rows
/// in SQLite: <c>claim_cells</c> and <c>claim_cell_days</c> must end with exactly the rows SQLite's own fill gives for the same
/// claims, anchor sums to the last bit, at every kept zoom; and with the same counts, and sums as close as two roundings allow,
/// when the counting writes what it holds many times over because its bound is reached and adds to the rows stored before.
/// </summary>
public sealed class CellCountsTests
{
    private const string Summary =
        """
        CREATE TABLE claim_summary (
          claim_fid INTEGER PRIMARY KEY, category TEXT NOT NULL, status TEXT NOT NULL, geo_precision INTEGER NOT NULL,
          start_day TEXT NOT NULL, end_day TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL);
        """;

    private static readonly string[] Tables = ["claim_cells", "claim_cell_days"];

    [Fact]
    public void Claims_counted_in_memory_leave_the_rows_SQLite_groups_from_their_summary_rows()
    {
        var claims = Claims(1000);
        using var grouped = Grouped(claims);
        using var counted = Counted(claims, CellCounts.Bound);

        foreach (var table in Tables)
        {
            var rows = Rows(grouped, table);
            Assert.Contains(rows, row => row[ClaimCountColumn(table)] is >= 10L);
            Assert.Equal(rows.Select(Text), Rows(counted, table).Select(Text));
        }
    }

    [Theory]
    [InlineData(9)]
    [InlineData(1)]
    public void Claims_counted_in_bounded_batches_add_up_to_the_same_counts_and_sums(int bound)
    {
        var claims = Claims(200);
        using var grouped = Grouped(claims);
        using var counted = Counted(claims, bound);

        foreach (var table in Tables)
        {
            var (expected, answered) = (Rows(grouped, table), Rows(counted, table));
            Assert.Equal(expected.Count, answered.Count);
            foreach (var (want, got) in expected.Zip(answered))
            {
                Assert.Equal(want.Where(v => v is not double), got.Where(v => v is not double));
                foreach (var (sum, other) in want.OfType<double>().Zip(got.OfType<double>()))
                {
                    Assert.Equal(sum, other, Math.Abs(sum) * 1e-12);
                }
            }
        }
    }

    /// <summary>The column of a table's rows that holds its claims' count.</summary>
    private static int ClaimCountColumn(string table) => table == "claim_cells" ? 5 : 8;

    /// <summary>
    /// Constructed claims around a few places on the border, many in each deepest cell (so each sum adds many anchors), of every
    /// category, over two periods and two statuses; one anchored outside the world's square, which no cell counts.
    /// </summary>
    private static List<DerivedRows.Values> Claims(int count)
    {
        (double Lon, double Lat)[] places = [(71.57, 36.73), (70.60, 37.12), (68.78, 37.17), (71.55, 37.49), (72.51, 37.43)];
        var random = new Random(40);
        var claims = Enumerable.Range(0, count).Select(i =>
        {
            var (lon, lat) = places[random.Next(places.Length)];
            return Values(ClaimVocabulary.Categories[i % ClaimVocabulary.Categories.Count], lon + (random.NextDouble() * 0.02), lat + (random.NextDouble() * 0.02), random);
        }).ToList();
        claims.Add(Values("statement", 71.0, 89.5, random));
        return claims;
    }

    private static DerivedRows.Values Values(string category, double lon, double lat, Random random)
    {
        var first = new DateOnly(2021, 7, 1).AddDays(random.Next(2));
        var anchor = new Point(lon, lat);
        return new DerivedRows.Values(
            category, random.Next(2) == 0 ? "reported" : "disputed", 2, first, first.AddDays(1),
            anchor.EnvelopeInternal, anchor, (TileAddress.MercatorX(lon), TileAddress.MercatorY(lat)), []);
    }

    /// <summary>The claims' summary rows, with the two tables created from them by the store's own SQL.</summary>
    private static SqliteConnection Grouped(List<DerivedRows.Values> claims)
    {
        var connection = Open();
        Execute(connection, Summary);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO claim_summary VALUES ($fid, $category, $status, $precision, $first, $last, $x, $y)";
        for (var fid = 1; fid <= claims.Count; fid++)
        {
            var values = claims[fid - 1];
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$fid", fid);
            command.Parameters.AddWithValue("$category", values.Category);
            command.Parameters.AddWithValue("$status", values.Status);
            command.Parameters.AddWithValue("$precision", values.GeoPrecision);
            command.Parameters.AddWithValue("$first", values.FirstDay);
            command.Parameters.AddWithValue("$last", values.LastDay);
            command.Parameters.AddWithValue("$x", values.Mercator.X);
            command.Parameters.AddWithValue("$y", values.Mercator.Y);
            command.ExecuteNonQuery();
        }

        Execute(connection, ClusterCellSchema.Create + ClusterCellDaySchema.Create);
        return connection;
    }

    /// <summary>The two tables, empty, filled by counting the claims in memory.</summary>
    private static SqliteConnection Counted(List<DerivedRows.Values> claims, int bound)
    {
        var connection = Open();
        Execute(connection, Summary + ClusterCellSchema.Create + ClusterCellDaySchema.Create);
        using var transaction = connection.BeginTransaction();
        using (var counts = SideCounts.Cells(connection, bound))
        {
            foreach (var values in claims)
            {
                counts.Add(values);
            }

            counts.Write();
        }

        transaction.Commit();
        return connection;
    }

    /// <summary>Every row of the table in key order, each value as SQLite holds it (a <see cref="long"/>, <see cref="double"/> or <see cref="string"/>).</summary>
    private static List<object[]> Rows(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A row as text, each real in the digits that give it back to the last bit.</summary>
    private static string Text(object[] row) => string.Join("|", row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
}
