using BorderMap.Storage.Counting;
using BorderMap.Storage.GeoPackage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using static BorderMap.Storage.Tests.MemoryDatabase;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A large GeoPackage import counts its claims' days and area values in memory (<see cref="MembershipCounts"/>) instead of
/// grouping their area and actor rows in SQLite: the tables must end with exactly the rows SQLite's own fill gives for the same
/// claims, also when the counting writes what it holds many times over because its bound is reached, and adds to rows stored before.
/// </summary>
public sealed class MembershipCountsTests
{
    private const string Sources =
        """
        CREATE TABLE claim_summary (claim_fid INTEGER PRIMARY KEY, category TEXT NOT NULL, status TEXT NOT NULL, geo_precision INTEGER NOT NULL, start_day TEXT NOT NULL, end_day TEXT NOT NULL);
        CREATE TABLE claim_areas (area_id TEXT NOT NULL, claim_fid INTEGER NOT NULL, PRIMARY KEY (area_id, claim_fid)) WITHOUT ROWID;
        CREATE TABLE claim_actors (actor TEXT NOT NULL, claim_fid INTEGER NOT NULL, PRIMARY KEY (actor, claim_fid)) WITHOUT ROWID;
        """;

    [Theory]
    [InlineData(MembershipCounts.Bound)]
    [InlineData(7)]
    [InlineData(1)]
    public void Claims_counted_in_memory_leave_the_rows_SQLite_groups_from_their_area_and_actor_rows(int bound)
    {
        var claims = Claims(60);
        using var grouped = Open();
        Execute(grouped, Sources);
        Insert(grouped, claims);
        Execute(grouped, DayCountSchema.Create + AreaValueSchema.Create);

        using var counted = Open();
        Execute(counted, Sources + DayCountSchema.Create + AreaValueSchema.Create);
        using (var transaction = counted.BeginTransaction())
        using (var counts = SideCounts.Memberships(counted, bound))
        {
            foreach (var (areas, values) in claims)
            {
                counts.Add(areas, values);
            }

            counts.Write();
            transaction.Commit();
        }

        Assert.NotEmpty(Rows(grouped, "claim_area_values"));
        Assert.Equal(Rows(grouped, "claim_days"), Rows(counted, "claim_days"));
        Assert.Equal(Rows(grouped, "claim_area_values"), Rows(counted, "claim_area_values"));
    }

    [Fact]
    public void Counts_written_twice_add_to_the_rows_already_stored()
    {
        var claims = Claims(30);
        using var grouped = Open();
        Execute(grouped, Sources);
        Insert(grouped, [.. claims, .. claims]);
        Execute(grouped, DayCountSchema.Create + AreaValueSchema.Create);

        using var counted = Open();
        Execute(counted, Sources + DayCountSchema.Create + AreaValueSchema.Create);
        using (var counts = SideCounts.Memberships(counted))
        {
            for (var round = 0; round < 2; round++)
            {
                foreach (var (areas, values) in claims)
                {
                    counts.Add(areas, values);
                }

                counts.Write();
            }
        }

        Assert.Equal(Rows(grouped, "claim_days"), Rows(counted, "claim_days"));
        Assert.Equal(Rows(grouped, "claim_area_values"), Rows(counted, "claim_area_values"));
    }

    /// <summary>Constructed claims over a few areas, actors (Cyrillic and Persian among them) and facets; some without areas or actors.</summary>
    private static List<(IReadOnlyList<string> Areas, DerivedRows.Values Values)> Claims(int count)
    {
        string[] areas = ["AF-BDS", "AF-TAK", "AF-KDZ", "TJ-GB"];
        string[] actors = ["Taliban", "Пограничные войска", "نیروهای مرزی", "ANDSF"];
        string[] categories = ["troop-movement", "refugees", "statement"];
        var random = new Random(18);
        var anchor = new Point(70.5, 37.5);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var first = new DateOnly(2021, 7, 1).AddDays(random.Next(4));
            IReadOnlyList<string> inAreas = [.. areas.Where(_ => random.Next(3) == 0)];
            var named = actors.Where(_ => random.Next(3) == 0).Select(a => (a, a.ToLowerInvariant())).ToList();
            var values = new DerivedRows.Values(
                categories[random.Next(categories.Length)], random.Next(2) == 0 ? "reported" : "disputed", 1 + random.Next(4),
                first, first.AddDays(random.Next(2)), anchor.EnvelopeInternal, anchor, (0, 0), named);
            return (inAreas, values);
        })];
    }

    private static void Insert(SqliteConnection connection, List<(IReadOnlyList<string> Areas, DerivedRows.Values Values)> claims)
    {
        using var command = connection.CreateCommand();
        for (var fid = 1; fid <= claims.Count; fid++)
        {
            var (areas, values) = claims[fid - 1];
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$fid", fid);
            command.CommandText = "INSERT INTO claim_summary VALUES ($fid, $category, $status, $precision, $first, $last)";
            command.Parameters.AddWithValue("$category", values.Category);
            command.Parameters.AddWithValue("$status", values.Status);
            command.Parameters.AddWithValue("$precision", values.GeoPrecision);
            command.Parameters.AddWithValue("$first", values.FirstDay);
            command.Parameters.AddWithValue("$last", values.LastDay);
            command.ExecuteNonQuery();
            foreach (var name in areas.Select(a => ("claim_areas", a)).Concat(values.Actors.Select(a => ("claim_actors", a.Name))))
            {
                command.CommandText = $"INSERT INTO {name.Item1} VALUES ($name, $fid)";
                command.Parameters.AddWithValue("$name", name.Item2);
                command.ExecuteNonQuery();
                command.Parameters.RemoveAt("$name");
            }
        }
    }

    /// <summary>Every row of the table as text, its columns joined by <c>|</c>, in key order.</summary>
    private static List<string> Rows(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
