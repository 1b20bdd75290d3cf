using System.Text;
using BorderMap.Storage.Events;
using BorderMap.Storage.GeoPackage;
using BorderMap.Storage.Interchange;

namespace BorderMap.Storage.Tests;

/// <summary>Claims leave the store as GeoJSON, CSV or GeoPackage and come back the same; GDAL's own conversion of the store reads back too.</summary>
public sealed class InterchangeTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private GeoPackageClaimStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = GeoPackageClaimStore.Open(_folder.NewFile(".gpkg"), TestData.Geodata.Areas, TestData.Seed);
        var line = TestData.PointDraft("a-line") with { Geometry = TestData.Wgs84.CreateLineString([new(70.1, 37.1), new(70.4, 37.3)]) };
        await _store.CreateClaimAsync(line, "ana");
        await _store.CreateClaimAsync(TestData.PointDraft("a-point").With(d => d with { Actors = ["A, with comma", "B \"quoted\""], Note = "two\nlines" }), "ana");
        await _store.UpdateClaimAsync("a-point", 1, TestData.PointDraft("a-point").With(d => d with { Status = "disputed", Credibility = 2 }), "ben");
        await _store.CreateEventAsync(new EventDraft("line-and-point", "A line and a point", "Constructed, for the exchange tests.", ["a-line", "a-point"], null, null), "ana");
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(ClaimFileFormat.GeoJson, ".geojson")]
    [InlineData(ClaimFileFormat.Csv, ".csv")]
    public async Task An_export_imports_into_an_empty_store_as_the_same_claims(ClaimFileFormat format, string extension)
    {
        var file = _folder.NewFile(extension);
        var claims = await _store.ClaimsAsync();
        var events = await EventExchange.DraftsAsync(_store);
        await ClaimFiles.WriteAsync(file, format, await _store.SourcesAsync(), claims, TestData.Geodata.Areas, events: events);

        var (imported, importedEvents) = await ImportIntoEmptyStore(file);

        Assert.Equal(claims.Select(Exact), imported.Select(Exact));
        Assert.Equal(2, imported.Single(c => c.Id == "a-point").Data.Credibility);
        Assert.Equal(["crossing-into-badakhshan-2021-07-05", "line-and-point"], events.Select(e => e.Id));
        Assert.Equal(events.Select(EventFixture.Text), importedEvents.Select(EventFixture.Text));
    }

    [Fact]
    public async Task A_CSV_export_names_each_claim_s_event_and_lists_the_events_beside_it()
    {
        var file = _folder.NewFile(".csv");
        await ClaimFiles.WriteAsync(file, ClaimFileFormat.Csv, await _store.SourcesAsync(), await _store.ClaimsAsync(), TestData.Geodata.Areas, events: await EventExchange.DraftsAsync(_store));

        // Only a-point has credibility 2; the event column follows it.
        Assert.Contains(",2,line-and-point", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Contains("line-and-point,A line and a point,\"Constructed, for the exchange tests.\",,,a-line;a-point", File.ReadAllLines(EventsCsv.CompanionOf(file)));
        File.WriteAllText(file, File.ReadAllText(file).Replace(",2,line-and-point", ",2,crossing-into-badakhshan-2021-07-05", StringComparison.Ordinal));
        Assert.Equal(["event"], ClaimFiles.Read(file, TestData.Geodata.Areas).SelectMany(r => r.Problems).Select(p => p.Field));
    }

    [Fact]
    public async Task A_GeoPackage_export_is_a_store_with_the_same_sources_and_claims()
    {
        var file = _folder.NewFile(".gpkg");
        var events = await EventExchange.DraftsAsync(_store);
        await ClaimFiles.WriteAsync(file, ClaimFileFormat.Gpkg, await _store.SourcesAsync(), await _store.ClaimsAsync(), TestData.Geodata.Areas, events: events);

        await using var exported = GeoPackageClaimStore.Open(file, TestData.Geodata.Areas, StoreSeed.Empty);

        Assert.Equal(events.Select(EventFixture.Text), (await EventExchange.DraftsAsync(exported)).Select(EventFixture.Text));

        Assert.Equal((await _store.ClaimsAsync()).Select(Exact), (await exported.ClaimsAsync()).Select(Exact));
        Assert.Equal((await _store.SourcesAsync()).Select(s => s.Sha256), (await exported.SourcesAsync()).Select(s => s.Sha256));
        Assert.Equal(0, (await ExternalTool.Run("python3", ExternalTool.ValidateGpkg, "--warning-as-error", file)).ExitCode);
    }

    [Fact]
    public async Task The_store_converted_by_ogr2ogr_to_GeoJSON_imports_back_as_the_same_claims()
    {
        var geojson = _folder.NewFile(".geojson");
        var (exitCode, _, stderr) = await ExternalTool.Run("ogr2ogr", "-f", "GeoJSON", geojson, _store.Path, "claims");
        Assert.True(exitCode == 0, stderr);

        var (imported, _) = await ImportIntoEmptyStore(geojson);

        Assert.Equal((await _store.ClaimsAsync()).Select(Exact), imported.Select(Exact));
    }

    [Fact]
    public async Task An_ACLED_like_CSV_row_becomes_a_claim()
    {
        const string csv = """
            event_date,time_precision,location,latitude,longitude,geo_precision,admin1,source,notes,title,category,quote,translation
            2021-07-05,1,Fayzabad,37.12,70.58,2,Badakhshan,tj-af-border-2021-07-05,"Note, with a comma",Soldiers cross,troop-movement,1.037 tentara,"1,037 soldiers"
            """;

        var row = Assert.Single(ClaimCsv.Read(new StringReader(csv), TestData.Geodata.Areas));

        Assert.Empty(row.Problems);
        var data = row.Draft!.Data;
        Assert.Equal(("day", "2021-07-05", "reported"), (data.TimePrecision, data.ReportedDate, data.Status));
        Assert.Equal(["AF-BDS"], data.Areas);
        Assert.Equal("Note, with a comma", data.Note);
        Assert.Equal((70.58, 37.12), (row.Draft.Geometry!.Coordinate.X, row.Draft.Geometry.Coordinate.Y));
        var created = await _store.CreateClaimAsync(row.Draft, null);
        Assert.Equal((97, 110), (created.Data.Quote.Start, created.Data.Quote.End));
    }

    [Fact]
    public void Bad_CSV_rows_are_reported_by_row_and_column()
    {
        const string csv = """
            title,category,event_date,time_precision,location,latitude,longitude,geo_precision,source,quote,translation,credibility
            Fine,statement,2021-07-05,day,Kabul,34.5,69.2,2,tj-af-border-2021-07-05,Taliban,Taliban,3
            Bad,statement,2021-07-05,day,Kabul,north,69.2,two,tj-af-border-2021-07-05,Taliban,Taliban,2.5
            Short,statement
            """;

        var rows = ClaimCsv.Read(new StringReader(csv), TestData.Geodata.Areas).ToList();

        Assert.Equal(["row 2", "row 3", "row 4"], rows.Select(r => r.Position));
        Assert.Empty(rows[0].Problems);
        Assert.Equal(3, rows[0].Draft!.Data.Credibility);
        Assert.Equal(["credibility", "geo_precision", "latitude/longitude"], rows[1].Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.Equal("row", Assert.Single(rows[2].Problems).Field);
    }

    [Fact]
    public void A_CSV_without_its_required_columns_is_refused_as_a_whole()
    {
        var error = Assert.Throws<ClaimFileException>(() => ClaimCsv.Read(new StringReader("title,colour\nx,red\n"), TestData.Geodata.Areas).ToList());

        Assert.Contains("unknown column 'colour'", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing column 'event_date'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_GeoJSON_is_refused_with_its_line_and_column()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("{\"type\": \"FeatureCollection\",\n \"features\": [}"));

        var error = Assert.Throws<ClaimFileException>(() => GeoJsonClaimFile.Read(input).ToList());

        Assert.Contains("line 2, column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_GeoJSON_list_with_a_value_that_is_not_text_is_refused_by_its_name()
    {
        var feature = System.Text.Json.JsonDocument.Parse("""{"type":"Feature","geometry":null,"properties":{"actors":["Taliban",7],"refs":["region:AF-BDS"]}}""");

        var (draft, problems) = ClaimFeatureReader.Read(feature.RootElement);

        Assert.Null(draft);
        Assert.Equal("must be a list of strings", Assert.Single(problems, p => p.Field == "actors").Message);
        Assert.DoesNotContain(problems, p => p.Field == "refs");
    }

    [Fact]
    public void A_GeoJSON_claim_with_a_property_no_claim_has_is_refused_by_its_name_and_escaped_names_are_read_as_written()
    {
        var feature = System.Text.Json.JsonDocument.Parse("""{"type":"Feature","geometry":null,"properties":{"titel":"x","\u0074itle":"escaped","catégorie":"y","a_name_much_longer_than_any_claim_property":1,"place":"p"}}""");

        var (draft, problems) = ClaimFeatureReader.Read(feature.RootElement);

        Assert.Null(draft);
        Assert.Equal(
            ["a_name_much_longer_than_any_claim_property", "catégorie", "titel"],
            problems.Where(p => p.Message == "is not a claim property").Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(problems, p => p.Field is "title" or "place");
    }

    /// <summary>Everything about a claim, bookkeeping included.</summary>
    private static string Exact(Core.Claims.Claim claim) => ClaimGeoJson.Fingerprint(claim) + $"|{claim.Data.Version}|{claim.Data.CreatedAt:O}|{claim.Data.UpdatedAt:O}";

    private async Task<(IReadOnlyList<Core.Claims.Claim> Claims, IReadOnlyList<EventDraft> Events)> ImportIntoEmptyStore(string file)
    {
        var rows = ClaimFiles.Read(file, TestData.Geodata.Areas).ToList();
        Assert.All(rows, r => Assert.Empty(r.Problems));
        await using var other = GeoPackageClaimStore.Open(_folder.NewFile(".gpkg"), TestData.Geodata.Areas, StoreSeed.Empty with { Sources = await _store.SourcesAsync() });
        await other.ImportAsync([.. rows.Select(r => r.Draft!)], new ImportOptions(Events: ClaimFiles.ReadBundleEvents(file)));
        return (await other.ClaimsAsync(), await EventExchange.DraftsAsync(other));
    }
}
