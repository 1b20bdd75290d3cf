using BorderMap.Core.Queries;
using BorderMap.Storage.GeoPackage;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The search index of a GeoPackage is merged beside the edits, not inside them
/// (<c>SearchMerges</c>): FTS5's own automerge is off in the file, the store merges what the edits
/// left, and search answers as before.
/// </summary>
public sealed class GeoPackageSearchMergeTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task After_many_title_edits_search_finds_the_last_title_only_and_the_store_left_nothing_to_merge()
    {
        var path = _folder.NewFile(".gpkg");
        const int edits = 80;
        await using (var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed))
        {
            await store.CreateClaimAsync(TestData.PointDraft("retitled").With(d => d with { Title = "Constructed title qzxa0" }), "ana");
            for (var i = 1; i <= edits; i++)
            {
                var title = $"Constructed title qzxa{i}";
                await store.UpdateClaimAsync("retitled", i, TestData.PointDraft("retitled").With(d => d with { Title = title }), "ana");
            }

            Assert.Equal(["retitled"], (await store.QueryAsync(new ClaimFilter { Text = $"qzxa{edits}" })).Select(c => c.Id));
            Assert.Empty(await store.QueryAsync(new ClaimFilter { Text = "qzxa7" }));
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT v FROM claim_search_config WHERE k = 'automerge'";
        Assert.Equal(0L, command.ExecuteScalar());
        command.CommandText = "INSERT INTO claim_search (claim_search) VALUES ('integrity-check')";
        command.ExecuteNonQuery();

        // A merge step of our own finds no level with FTS5's four segments left to merge.
        var before = SQLitePCL.raw.sqlite3_total_changes(connection.Handle);
        command.CommandText = "INSERT INTO claim_search (claim_search, rank) VALUES ('merge', 1000)";
        command.ExecuteNonQuery();
        Assert.True(SQLitePCL.raw.sqlite3_total_changes(connection.Handle) - before < 2, "the closed store left segments to merge");
    }

    public void Dispose() => _folder.Dispose();
}
