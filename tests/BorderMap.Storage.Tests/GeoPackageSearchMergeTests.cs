using BorderMap.Core.Queries;
using BorderMap.Storage.GeoPackage;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The search index of a GeoPackage is merged beside the edits, not inside them
/// (<c>SearchMerges</c>): FTS5's own automerge is off in the file, the store merges what the edits
/// left once a level has 16 segments, FTS5's crisis merge inside a write waits for 64, and search
/// answers as before, after an import too.
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
        Assert.Equal(StoreSettings, Settings(command));
        command.CommandText = "INSERT INTO claim_search (claim_search) VALUES ('integrity-check')";
        command.ExecuteNonQuery();

        // A merge step of our own finds no level with the store's sixteen segments left to merge.
        var before = SQLitePCL.raw.sqlite3_total_changes(connection.Handle);
        command.CommandText = "INSERT INTO claim_search (claim_search, rank) VALUES ('merge', 1000)";
        command.ExecuteNonQuery();
        Assert.True(SQLitePCL.raw.sqlite3_total_changes(connection.Handle) - before < 2, "the closed store left segments to merge");
    }

    [Fact]
    public async Task An_import_leaves_the_file_with_the_store_s_merge_settings_and_every_imported_claim_searchable()
    {
        var path = _folder.NewFile(".gpkg");
        await using (var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed))
        {
            var drafts = Enumerable.Range(0, 500).Select(i => TestData.PointDraft($"bulk-{i}", lon: 69.0 + (i % 40) * 0.05, lat: 36.5 + (i / 40) * 0.03)
                .With(d => d with { Title = $"Constructed bulk title {ClaimQueryContract.Word("vqz", i)}" }));
            await store.ImportAsync(drafts, new BorderMap.Storage.ImportOptions());

            Assert.Equal(["bulk-0"], (await store.QueryAsync(new ClaimFilter { Text = ClaimQueryContract.Word("vqz", 0) })).Select(c => c.Id));
            Assert.Equal(["bulk-499"], (await store.QueryAsync(new ClaimFilter { Text = ClaimQueryContract.Word("vqz", 499) })).Select(c => c.Id));
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        Assert.Equal(StoreSettings, Settings(command));
    }

    /// <summary>No automerge, the store's merges at 16 segments a level, FTS5's crisis merge at 64.</summary>
    private static readonly string[] StoreSettings = ["automerge 0", "crisismerge 64", "usermerge 16"];

    private static List<string> Settings(SqliteCommand command)
    {
        command.CommandText = "SELECT k || ' ' || v FROM claim_search_config WHERE k IN ('automerge', 'usermerge', 'crisismerge') ORDER BY k";
        using var reader = command.ExecuteReader();
        var settings = new List<string>();
        while (reader.Read())
        {
            settings.Add(reader.GetString(0));
        }

        return settings;
    }

    public void Dispose() => _folder.Dispose();
}
