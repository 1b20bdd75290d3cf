using System.Globalization;
using BorderMap.Core.Claims;
using BorderMap.Storage.PostGis;
using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A staged PostGIS import counts its claims as it copies them in order (<see cref="ImportCounts"/>) instead of letting
/// PostgreSQL group them: from the claims' rows as PostgreSQL sends them, the count tables must end with the rows the
/// triggers counted claim by claim (their coordinate sums in the last bits aside), also when the counters write what they
/// hold many times over because their bounds are reached and PostgreSQL adds the batches up.
/// </summary>
[Collection(PostGisTestGroup.Name)]
public sealed class PostGisImportCountsTests(PostGisServer server)
{
    private static readonly string[] Tables = ["claim_days", "claim_area_values", "claim_cells", "claim_cell_days"];

    [Theory]
    [InlineData(ImportCounts.MembershipBound, ImportCounts.CellBound)]
    [InlineData(7, 5)]
    [InlineData(1, 1)]
    public async Task Claims_counted_as_they_are_copied_leave_the_rows_the_triggers_counted(int membershipBound, int cellBound)
    {
        var database = await server.NewDatabaseAsync();
        await using (var store = PostGisClaimStore.Open(database, TestData.Geodata.Areas, TestData.Seed))
        {
            await store.ImportAsync(Drafts(90), new ImportOptions());
        }

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var create = new NpgsqlCommand(
            "CREATE SCHEMA counted; " + string.Concat(Tables.Select(t => $"CREATE TABLE counted.{t} (LIKE public.{t} INCLUDING ALL EXCLUDING INDEXES); ")),
            connection,
            transaction))
        {
            await create.ExecuteNonQueryAsync();
        }

        using (var runs = new SortedClaimRuns())
        using (var counts = new ImportCounts(membershipBound, cellBound))
        {
            ClaimCopy.ReadStored(connection, "public.claims", runs);
            runs.Merge(long.MaxValue, (_, fields) => counts.Add(fields));
            counts.Write(connection, transaction, "counted");
        }

        foreach (var table in Tables)
        {
            Assert.True(await RowCountAsync(connection, transaction, $"public.{table}") > 90, table);
            Assert.Equal(0, await PostGisRecount.RowsApartAsync(connection, transaction, $"public.{table}", $"counted.{table}"));
        }

        Assert.InRange(await PostGisRecount.SumsApartAsync(connection, transaction, "public.claim_cells", "counted.claim_cells", ClusterCellRows.Key), 0, 1e-12);
        Assert.InRange(await PostGisRecount.SumsApartAsync(connection, transaction, "public.claim_cell_days", "counted.claim_cell_days", MonthRollup.CellDays.DayKey.Aggregate((a, b) => $"{a}, {b}")), 0, 1e-12);
    }

    /// <summary>
    /// Claims across the Panj of every category, status and precision, on days and periods apart, naming actors (some twice,
    /// some with a tab, a backslash or a line break, which <c>COPY</c>'s text form escapes) in one area or several.
    /// </summary>
    private static IEnumerable<ClaimDraft> Drafts(int count) =>
        Enumerable.Range(0, count).Select(i => TestData.PointDraft($"counted-{i}", lon: 68.5 + (i % 9 * 0.4), lat: 36.6 + (i / 9 * 0.12)).With(d => d with
        {
            Category = ClaimVocabulary.Categories[i % ClaimVocabulary.Categories.Count],
            Status = ClaimVocabulary.Statuses[i % ClaimVocabulary.Statuses.Count],
            GeoPrecision = 1 + (i % 4),
            EventDate = new DateOnly(2021, 1 + (i % 12), 1 + (i % 27)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EndDate = i % 5 == 0 ? new DateOnly(2021, 12, 31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Actors = i % 3 == 0 ? ["Border guards", "Border guards", "Elders\tof Darvoz"] : ["Tester", $"Actor {i % 4}\\", "Line\nbreak"],
        }));

    private static async Task<long> RowCountAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection, transaction);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
