using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.GeoPackage;
using BorderMap.Storage.Writes;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A GeoPackage import large beside its store writes its claims without the indexes it does not
/// read and builds them at its end; when no other program has the file open it writes under the
/// rollback journal rather than the write-ahead log. Afterwards every index is back as defined,
/// the file is in WAL mode again while the store is open and passes GDAL's validator once closed;
/// a failed import leaves every index and no claim; neither leaves the file it counted in beside the store, and a large import deletes
/// the one a killed import left; with another program reading the file the
/// import keeps the log, and that program reads the claims once it is done.
/// </summary>
public sealed class GeoPackageBulkImportTests : IDisposable
{
    /// <summary>The word only this test's imported claims carry in their note (constructed text).</summary>
    private const string ImportWord = "bulkloadmarker";

    private readonly TemporaryFolder _folder = new();

    /// <summary>More than one chunk: the first is written before the last is read.</summary>
    private static int ImportedCount => ChunkedImport.ChunkSize + 7;

    [Fact]
    public async Task A_large_import_alone_on_the_file_skips_the_log_and_rebuilds_every_index_as_defined()
    {
        var path = _folder.NewFile(".gpkg");
        var journals = new JournalsDuringImport(path);
        await using (var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed))
        {
            var before = Indexes(path);

            var report = await store.ImportAsync(Drafts("large", ImportedCount), new ImportOptions(Progress: journals));

            Assert.Equal(ImportedCount, report.Created);
            Assert.Equal([(Log: false, Journal: true)], journals.Seen.Distinct());
            Assert.Equal(before, Indexes(path));
            Assert.Equal("wal", JournalMode(path));
            Assert.Equal(ImportedCount, (await store.QueryAsync(new ClaimFilter { Text = ImportWord })).Count);
            Assert.Empty(ScratchFilesBeside(path));
        }

        var (valid, validation, errors) = await ExternalTool.Run("python3", ExternalTool.ValidateGpkg, "-k", "--extra", "--warning-as-error", path);
        Assert.True(valid == 0, validation + errors);
    }

    [Fact]
    public async Task A_large_import_deletes_the_counting_file_a_killed_import_left_and_keeps_a_running_ones()
    {
        var path = _folder.NewFile(".gpkg");
        using var gone = System.Diagnostics.Process.Start("true")!;
        await gone.WaitForExitAsync();
        var (killed, running, otherStore) = ($"{path}.counts-{gone.Id}-1.tmp", $"{path}.counts-{Environment.ProcessId}-2.tmp", $"{path}x.counts-{gone.Id}-3.tmp");
        foreach (var file in new[] { killed, running, otherStore })
        {
            await File.WriteAllTextAsync(file, "left behind");
        }

        await using (var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed))
        {
            await store.ImportAsync(Drafts("after-kill", ImportedCount), new ImportOptions());
        }

        Assert.Equal([running], ScratchFilesBeside(path));
        Assert.True(File.Exists(otherStore));
    }

    [Fact]
    public async Task A_large_import_packs_the_claims_R_trees_with_the_boxes_single_writes_give_and_SQLite_finds_them_sound()
    {
        var (packed, rowByRow) = (_folder.NewFile(".gpkg"), _folder.NewFile(".gpkg"));
        var drafts = QueryClaimSet.Drafts(ImportedCount);
        await using (var store = GeoPackageClaimStore.Open(packed, TestData.Geodata.Areas, TestData.Seed))
        {
            await store.ImportAsync(drafts, new ImportOptions());
        }

        await using (var store = GeoPackageClaimStore.Open(rowByRow, TestData.Geodata.Areas, TestData.Seed))
        {
            foreach (var piece in drafts.Chunk(ChunkedImport.ChunkSize / 5))
            {
                await store.ImportAsync(piece, new ImportOptions());
            }
        }

        foreach (var tree in new[] { "rtree_claims_geom", "claim_anchors", "claim_extents" })
        {
            using var connection = Open(packed);
            Assert.Equal("ok", Scalar(connection, $"SELECT rtreecheck('{tree}')"));
            Assert.True((long)Scalar(connection, $"SELECT max(nodeno) FROM {tree}_node")! > 3, "more than one level of nodes");
            var boxes = Boxes(packed, tree);
            Assert.Equal((long)Scalar(connection, "SELECT count(*) FROM claims")!, boxes.Count);
            Assert.Equal(Boxes(rowByRow, tree), boxes);
        }
    }

    [Fact]
    public async Task A_large_import_that_fails_after_writing_a_chunk_leaves_every_index_and_no_claim()
    {
        var path = _folder.NewFile(".gpkg");
        await using var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed);
        var before = Indexes(path);
        var drafts = Drafts("failing", ImportedCount).Select((d, i) => i == ImportedCount - 1 ? d.With(c => c with { Category = "rumour" }) : d);

        await Assert.ThrowsAsync<ImportRejectedException>(() => store.ImportAsync(drafts, new ImportOptions()));

        Assert.Equal(before, Indexes(path));
        Assert.False(File.Exists(path + "-journal"), "no journal is left beside the store");
        Assert.Empty(ScratchFilesBeside(path));
        Assert.Equal("wal", JournalMode(path));
        Assert.Null(await store.FindClaimAsync("failing-0"));
        Assert.Empty(await store.QueryAsync(new ClaimFilter { Text = ImportWord }));
    }

    [Fact]
    public async Task An_import_while_another_program_reads_the_file_keeps_the_log_and_that_program_reads_the_claims_after()
    {
        var path = _folder.NewFile(".gpkg");
        var journals = new JournalsDuringImport(path);
        await using var store = GeoPackageClaimStore.Open(path, TestData.Geodata.Areas, TestData.Seed);
        // As QGIS showing the layer would: the file open, read now and then.
        using var other = Open(path);
        var claimsBefore = (long)Scalar(other, "SELECT count(*) FROM claims")!;

        await store.ImportAsync(Drafts("shared", ImportedCount), new ImportOptions(Progress: journals));

        Assert.Equal([(Log: true, Journal: false)], journals.Seen.Distinct());
        Assert.Equal(claimsBefore + ImportedCount, (long)Scalar(other, "SELECT count(*) FROM claims")!);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>Valid claims on a grid across the Panj, each carrying <see cref="ImportWord"/> in its note.</summary>
    private static IEnumerable<ClaimDraft> Drafts(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => TestData.PointDraft($"{prefix}-{i}", lon: 69.0 + (i % 80) * 0.05, lat: 36.5 + (i / 80) * 0.03)
            .With(d => d with { Note = $"Constructed claim, marked {ImportWord}." }));

    /// <summary>The files a large import counts in beside the store (<see cref="SideCounts"/>).</summary>
    private static string[] ScratchFilesBeside(string path) =>
        Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + ".counts-*");

    /// <summary>Every index of the file with its definition, as <c>sqlite_master</c> lists them.</summary>
    private static List<string> Indexes(string path)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name || ': ' || coalesce(sql, 'constraint of ' || tbl_name) FROM sqlite_master WHERE type = 'index' ORDER BY name";
        using var reader = command.ExecuteReader();
        var indexes = new List<string>();
        while (reader.Read())
        {
            indexes.Add(reader.GetString(0));
        }

        return indexes;
    }

    /// <summary>Every entry of the R-tree, with its stored bounds, by id.</summary>
    private static List<string> Boxes(string path, string tree)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {tree} ORDER BY id";
        using var reader = command.ExecuteReader();
        var boxes = new List<string>();
        while (reader.Read())
        {
            boxes.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return boxes;
    }

    private static string JournalMode(string path)
    {
        using var connection = Open(path);
        return (string)Scalar(connection, "PRAGMA journal_mode")!;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>At each progress report of an import, which of SQLite's two journals lies beside the file: the write-ahead log, the rollback journal.</summary>
    private sealed class JournalsDuringImport(string path) : IProgress<int>
    {
        public List<(bool Log, bool Journal)> Seen { get; } = [];

        public void Report(int value) => Seen.Add((File.Exists(path + "-wal"), File.Exists(path + "-journal")));
    }
}
