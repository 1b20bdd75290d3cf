using System.Text.Json.Nodes;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;
using BorderMap.Storage.Interchange;

namespace BorderMap.Storage.Tests;

/// <summary>A GeoJSON bundle carries the sources with the claims, so it rebuilds the work in an empty store.</summary>
public abstract partial class ClaimStoreContract
{
    /// <summary>Constructed for this test: a short note in English, not a real report.</summary>
    private const string BundleText = "Constructed test note. Residents of Ishkashim reported a closed crossing on 3 March 2024.";

    [Fact]
    public async Task A_bundle_exported_and_imported_into_an_empty_store_recreates_every_source_and_claim()
    {
        var original = await Store.RegisterSourceAsync(new SourceDraft("Constructed crossing note", "BorderMap tests", "en", null, new Uri("https://example.org/note"), "2024-03-04", ["constructed"], BundleText));
        var correction = await Store.RegisterSourceAsync(new SourceDraft("Constructed crossing note", "BorderMap tests", "en", null, null, "2024-03-05", [], BundleText + " Corrected.", original.Id));
        var quoting = await Store.CreateClaimAsync(BundleDraft(correction.Id), "ana");
        await Store.UpdateClaimAsync(quoting.Id, 1, BundleDraft(correction.Id).With(d => d with { Status = "corroborated" }), "ana");
        using var folder = new TemporaryFolder();
        var bundle = folder.NewFile(".geojson");
        await ClaimFiles.WriteAsync(bundle, ClaimFileFormat.GeoJson, await Store.SourcesAsync(), Store.StreamAsync(Core.Queries.ClaimFilter.All).ToBlockingEnumerable(), TestData.Geodata.Areas);

        await using var empty = await Backend.OpenNewStoreAsync(StoreSeed.Empty);
        var report = await empty.ImportAsync(Drafts(bundle), new ImportOptions(Sources: ClaimFiles.ReadBundleSources(bundle)));

        Assert.Equal(TestData.Geodata.Claims.Count + 1, report.Created);
        Assert.Equal((await Store.SourcesAsync()).Select(Described), (await empty.SourcesAsync()).Select(Described));
        Assert.Equal((await Store.ClaimsAsync()).Select(ClaimGeoJson.FeatureText), (await empty.ClaimsAsync()).Select(ClaimGeoJson.FeatureText));
        Assert.Equal(2, (await empty.FindClaimAsync(quoting.Id))!.Data.Version);
        Assert.Equal(original.Id, (await empty.FindSourceAsync(correction.Id))!.Supersedes);
    }

    [Fact]
    public async Task A_bundle_whose_source_text_does_not_match_its_sha256_is_refused_naming_the_source()
    {
        using var folder = new TemporaryFolder();
        var bundle = folder.NewFile(".geojson");
        await ClaimFiles.WriteAsync(bundle, ClaimFileFormat.GeoJson, await Store.SourcesAsync(), Store.StreamAsync(Core.Queries.ClaimFilter.All).ToBlockingEnumerable(), TestData.Geodata.Areas);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(bundle))!;
        json["sources"]![0]!["text"] = json["sources"]![0]!["text"]!.GetValue<string>().Replace("900", "800", StringComparison.Ordinal);
        await File.WriteAllTextAsync(bundle, json.ToJsonString());

        var error = Assert.Throws<ClaimFileException>(() => ClaimFiles.ReadBundleSources(bundle));

        Assert.Equal("sources[0]", error.Position);
        Assert.Contains($"source '{TestData.SourceId}' does not match its SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bundle_source_under_an_id_this_store_has_with_another_text_is_refused_and_nothing_is_imported()
    {
        var seedSource = (await Store.SourcesAsync())[0];
        var impostor = seedSource with { Text = "Constructed other text.", Sha256 = Writes.BundledSources.Sha256Of("Constructed other text.") };

        var error = await Assert.ThrowsAsync<StoreValidationException>(() => Store.ImportAsync([BundleDraft(seedSource.Id)], new ImportOptions(Sources: [impostor])));

        Assert.Contains($"a different text under the source id '{seedSource.Id}'", error.Message, StringComparison.Ordinal);
        Assert.Null(await Store.FindClaimAsync("bundle-claim"));
    }

    private static IEnumerable<ClaimDraft> Drafts(string path) =>
        ClaimFiles.Read(path, TestData.Geodata.Areas).Select(row => row.Draft ?? throw new InvalidDataException($"{row.Position}: {row.Problems[0].Message}"));

    private static string Described(Source s) =>
        string.Join('|', s.Id, s.Title, s.Publisher, s.Language, s.TranslatedFrom, s.Url, s.PublishedDate, s.Sha256, string.Join(';', s.Notes), s.Text, s.Supersedes);

    private static ClaimDraft BundleDraft(string sourceId) => TestData.PointDraft("bundle-claim", 71.6, 36.7).With(d => d with
    {
        Source = sourceId,
        Quote = new Quote("reported a closed crossing", ClaimDraft.MissingOffset, ClaimDraft.MissingOffset),
        Areas = [],
        Place = "Ishkashim",
        Numbers = new Dictionary<string, double>(),
    });
}
