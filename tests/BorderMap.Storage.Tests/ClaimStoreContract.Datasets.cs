using System.Globalization;
using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Interchange;
using BorderMap.Storage.Interchange.Datasets;

namespace BorderMap.Storage.Tests;

/// <summary>
/// ACLED and UCDP GED files (the project's constructed samples in <c>geodata/samples</c>) come in
/// with the file as their source, go out with every column they came with, and a newer file and
/// ACLED's deletions list change the store with history.
/// </summary>
public abstract partial class ClaimStoreContract
{
    private static readonly HashSet<string> DegreeColumns = new(StringComparer.Ordinal) { "latitude", "longitude" };

    [Theory]
    [InlineData("acled-constructed-tj-af-2024.csv", ClaimFileFormat.Acled)]
    [InlineData("ucdp-ged-constructed-tj-af.csv", ClaimFileFormat.Ucdp)]
    public async Task A_dataset_file_exported_again_has_every_column_it_was_imported_with(string sample, ClaimFileFormat format)
    {
        var path = DatasetSample(sample);
        var report = await ImportDatasetAsync(Store, path);
        using var folder = new TemporaryFolder();
        var exported = folder.NewFile(".csv");

        await ClaimFiles.WriteAsync(exported, format, [], await DatasetClaimsAsync(Store, format), TestData.Geodata.Areas);

        var (original, again) = (Table(path), Table(exported));
        Assert.Equal(original.Count - 1, report.Created);
        Assert.Equal(original[0], again[0]);
        Assert.Equal(original.Select(r => Comparable(original[0], r)), again.Select(r => Comparable(original[0], r)));
    }

    [Theory]
    [InlineData("acled-constructed-tj-af-2024.csv", ClaimFileFormat.Acled)]
    [InlineData("ucdp-ged-constructed-tj-af.csv", ClaimFileFormat.Ucdp)]
    public async Task A_dataset_export_imported_into_an_empty_store_gives_the_same_claims(string sample, ClaimFileFormat format)
    {
        await using var first = await Backend.OpenNewStoreAsync(StoreSeed.Empty);
        await ImportDatasetAsync(first, DatasetSample(sample));
        using var folder = new TemporaryFolder();
        var exported = folder.NewFile(".csv");
        await ClaimFiles.WriteAsync(exported, format, [], await DatasetClaimsAsync(first, format), TestData.Geodata.Areas);

        await using var second = await Backend.OpenNewStoreAsync(StoreSeed.Empty);
        await ImportDatasetAsync(second, exported);

        Assert.Equal((await first.ClaimsAsync()).Select(Content), (await second.ClaimsAsync()).Select(Content));
    }

    [Fact]
    public async Task Each_acled_row_quotes_its_notes_cell_verbatim_from_the_file_registered_as_its_source()
    {
        var path = DatasetSample("acled-constructed-tj-af-2024.csv");
        await ImportDatasetAsync(Store, path);

        var claim = (await Store.FindClaimAsync("acled-afg9002"))!;
        var source = (await Store.FindSourceAsync(claim.Data.Source))!;
        Assert.Equal((await File.ReadAllTextAsync(path)).Replace("\r\n", "\n", StringComparison.Ordinal), source.Text);
        Assert.Equal(claim.Data.Quote.Text, CodePointText.Slice(source.Text, claim.Data.Quote.Start, claim.Data.Quote.End));
        Assert.Contains("reported as \"\"brief\"\"", claim.Data.Quote.Text, StringComparison.Ordinal);
        Assert.Contains("reported as \"brief\"", claim.Data.Translation, StringComparison.Ordinal);
        Assert.Equal(("week", 2, "military-presence", 0.0), (claim.Data.TimePrecision, claim.Data.GeoPrecision, claim.Data.Category, claim.Data.Numbers["fatalities"]));
        Assert.Equal(["Taliban", "Military Forces of Tajikistan (2020-)", "Border Troops of Tajikistan"], claim.Data.Actors);
        Assert.Equal(["AF-BDS"], claim.Data.Areas);
    }

    [Fact]
    public async Task A_newer_acled_file_updates_only_changed_rows_and_the_deletions_list_deletes_with_history()
    {
        await ImportDatasetAsync(Store, DatasetSample("acled-constructed-tj-af-2024.csv"));
        var firstSource = (await Store.FindClaimAsync("acled-tjk9001"))!.Data.Source;

        var report = await ImportDatasetAsync(Store, DatasetSample("acled-constructed-tj-af-2024-update.csv"));
        var (list, problems) = AcledDeletions.Read(DatasetSample("acled-constructed-deleted-2024.csv"));
        var (deleted, absent) = await list!.ApplyAsync(Store, dryRun: false, "ana", default);

        Assert.Equal((1, 1, 3), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal((firstSource, 1), ((await Store.FindClaimAsync("acled-tjk9001"))!.Data.Source, (await Store.FindClaimAsync("acled-tjk9001"))!.Data.Version));
        var changed = await Store.HistoryAsync("acled-afg9002");
        Assert.Equal([HistoryAction.Create, HistoryAction.Update], changed.Select(h => h.Action));
        Assert.Contains("one border guard wounded", changed[1].NewValue!["properties"]!["translation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(problems);
        Assert.Equal((1, 1), (deleted, absent));
        Assert.Null(await Store.FindClaimAsync("acled-afg9003"));
        Assert.Equal((HistoryAction.Delete, "ana"), ((await Store.HistoryAsync("acled-afg9003"))[^1].Action, (await Store.HistoryAsync("acled-afg9003"))[^1].Actor));
    }

    internal static string DatasetSample(string name) => Path.Combine(TestData.RepositoryRoot, "geodata", "samples", name);

    /// <summary>Imports a dataset file as <c>bordermap claims import</c> does: unchanged rows keep their quotes, the file comes as the source.</summary>
    private static async Task<ImportReport> ImportDatasetAsync(IClaimStore store, string path)
    {
        var rows = await DatasetImports.KeepUnchangedAsync(ClaimFiles.Read(path, TestData.Geodata.Areas), store, default);
        Assert.All(rows, r => Assert.Empty(r.Problems));
        return await store.ImportAsync(rows.Select(r => r.Draft!), new ImportOptions(Sources: ClaimFiles.ReadBundleSources(path)));
    }

    private static async Task<List<Claim>> DatasetClaimsAsync(IClaimStore store, ClaimFileFormat format) =>
        [.. (await store.ClaimsAsync()).Where(c => c.Id.StartsWith(format.ToString().ToLowerInvariant() + "-", StringComparison.Ordinal))];

    private static List<List<string>> Table(string path) =>
        [.. DatasetCsvText.Records(File.ReadAllText(path)).Select(r => r.Cells.Select(c => c.Value).ToList())];

    /// <summary>A row as text to compare: coordinates as numbers, since 36.7270 and 36.727 are the same latitude.</summary>
    private static string Comparable(List<string> header, List<string> row) =>
        string.Join('|', row.Select((cell, i) => DegreeColumns.Contains(header[i]) && double.TryParse(cell, CultureInfo.InvariantCulture, out var degrees) ? degrees.ToString("R", CultureInfo.InvariantCulture) : cell));

    /// <summary>A claim without where its quote stands (each store registered its own file) and without bookkeeping.</summary>
    private static string Content(Claim claim) =>
        claim.Id + JsonSerializer.Serialize(claim.Data with { Source = string.Empty, Quote = claim.Data.Quote with { Start = 0, End = 0 }, CreatedAt = default, UpdatedAt = default, Version = 0 }, ClaimJsonContext.Default.ClaimData) + claim.Geometry.AsText();
}
