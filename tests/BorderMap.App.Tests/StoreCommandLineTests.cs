using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderMap.Storage;
using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests;

/// <summary>
/// <c>bordermap serve --store</c> and <c>bordermap claims import|export</c> as real processes on stores of their own: a
/// new one where creating it is what is tested, else a copy of a store seeded once for the class.
/// </summary>
public sealed class StoreCommandLineTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    private readonly string _store = StoreTestEnvironment.NewStorePath();

    /// <summary>A GeoJSON claims file with <paramref name="count"/> valid point claims quoting the seed source.</summary>
    public static string ClaimsFile(int count, string prefix = "generated")
    {
        var features = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = $"{prefix}-{i}",
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(66 + (i % 1000 * 0.009), 30 + (i / 1000 % 100 * 0.09)) },
                ["properties"] = new JsonObject
                {
                    ["title"] = $"Generated claim {i}",
                    ["category"] = "statement",
                    ["actors"] = new JsonArray("Tester"),
                    ["place"] = "Somewhere",
                    ["areas"] = new JsonArray(),
                    ["geoPrecision"] = 2,
                    ["eventDate"] = "2021-07-05",
                    ["timePrecision"] = "day",
                    ["reportedDate"] = "2021-07-05",
                    ["source"] = "tj-af-border-2021-07-05",
                    ["quote"] = new JsonObject { ["text"] = "Taliban", ["start"] = 252, ["end"] = 259 },
                    ["translation"] = "Taliban",
                    ["status"] = "reported",
                },
            });
        }

        var path = Path.Combine(StoreTestEnvironment.Folder, $"{prefix}-{Guid.NewGuid():N}.geojson");
        File.WriteAllText(path, new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString());
        return path;
    }

    [Fact]
    public async Task Serve_creates_the_store_seeded_with_the_shipped_claims()
    {
        await using var app = await AppProcess.Serve("--store", _store);

        using var http = new HttpClient { BaseAddress = app.Url };
        var claims = await http.GetFromJsonAsync<JsonElement>(new Uri("api/claims", UriKind.Relative));
        Assert.True(claims.GetProperty("features").GetArrayLength() >= 14);
        Assert.True(File.Exists(_store));
        var (exitCode, stdout, stderr) = await ExternalTool.Run("ogrinfo", "-ro", "-q", _store);
        Assert.Equal((0, string.Empty), (exitCode, stderr));
        Assert.Contains("1: claims", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_then_export_round_trips_through_the_command_line()
    {
        var file = ClaimsFile(3);
        var store = seeded.NewCopy();

        var dryRun = await AppProcess.RunToEnd("claims", "import", file, "--dry-run", "--store", store);
        var import = await AppProcess.RunToEnd("claims", "import", file, "--store", store);
        var again = await AppProcess.RunToEnd("claims", "import", file, "--store", store);
        var exported = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".csv");
        var export = await AppProcess.RunToEnd("claims", "export", "--format", "csv", "--out", exported, "--store", store);

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("Dry run, nothing written: would import 3 claims", dryRun.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("3 created, 0 updated, 0 unchanged", import.StdOut, StringComparison.Ordinal);
        Assert.Contains("0 created, 0 updated, 3 unchanged", again.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, export.ExitCode);
        var lines = await File.ReadAllLinesAsync(exported);
        Assert.StartsWith("id,title,category,actors,event_date,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("generated-2,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_file_reports_every_bad_row_with_its_field_and_imports_nothing()
    {
        var csv = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(csv, """
            id,title,category,event_date,time_precision,location,latitude,longitude,geo_precision,source,quote,translation
            good-row,Fine,statement,2021-07-05,day,Kabul,34.5,69.2,2,tj-af-border-2021-07-05,1.037 tentara,Soldiers
            bad-date,Bad date,statement,2021-02-30,day,Kabul,34.5,69.2,2,tj-af-border-2021-07-05,1.037 tentara,Soldiers
            bad-quote,Bad quote,statement,2021-07-05,day,Kabul,34.5,69.2,2,tj-af-border-2021-07-05,not in the source,x
            bad-place,Bad place,statement,2021-07-05,day,Kabul,134.5,69.2,2,tj-af-border-2021-07-05,1.037 tentara,Soldiers
            """);

        var store = seeded.NewCopy();

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "import", csv, "--store", store);

        Assert.Equal(2, exitCode);
        Assert.Contains("row 3, event_date: '2021-02-30' is not a real date", stderr, StringComparison.Ordinal);
        Assert.Contains("row 4, quote: does not occur verbatim", stderr, StringComparison.Ordinal);
        Assert.Contains("row 5, latitude/longitude/geometry_wkt: coordinates must be WGS84", stderr, StringComparison.Ordinal);
        Assert.Contains("3 of 4 claims", stderr, StringComparison.Ordinal);
        await using var stored = StoreLocation.Open(store, StoreServer.Geodata.Areas, StoreSeed.From(StoreServer.Geodata), readOnly: true);
        Assert.Null(await stored.FindClaimAsync("good-row"));
    }

    [Fact]
    public async Task Export_without_a_known_format_is_bad_input()
    {
        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "export", "--out", "claims.txt", "--store", _store);

        Assert.Equal(2, exitCode);
        Assert.Contains("--format", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_store_stops_start_up_with_its_name()
    {
        await File.WriteAllTextAsync(_store, "not a GeoPackage");

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("serve", "--no-browser", "--port", "0", "--store", _store);

        Assert.Equal(2, exitCode);
        Assert.Contains(_store, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://reader@127.0.0.1:1/claims", "serves only a PostgreSQL store")]
    [InlineData("replica.gpkg", "must be a PostgreSQL address")]
    public async Task A_read_replica_that_cannot_serve_the_store_stops_start_up_with_the_reason(string readStore, string reason)
    {
        var store = readStore.EndsWith(".gpkg", StringComparison.Ordinal) ? "postgresql://bordermap@127.0.0.1:1/claims" : _store;

        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("serve", "--no-browser", "--port", "0", "--store", store, "--read-store", readStore);

        Assert.Equal(2, exitCode);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_seed_claims_file_stops_only_the_creation_of_a_store_not_the_use_of_an_existing_one()
    {
        // The geodata's claims only seed a new store, so they are read only when one is created.
        var geodata = await GeodataWithBrokenClaimsAsync();
        var exported = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".geojson");

        var creating = await AppProcess.RunToEnd("claims", "export", "--data", geodata, "--store", _store, "--out", exported);
        Assert.Equal(2, creating.ExitCode);
        Assert.Contains("claims/broken.geojson", creating.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(_store));

        Assert.Equal(0, (await AppProcess.RunToEnd("claims", "export", "--store", _store, "--out", exported)).ExitCode);
        var existing = await AppProcess.RunToEnd("claims", "export", "--data", geodata, "--store", _store, "--out", exported);
        Assert.Equal((0, string.Empty), (existing.ExitCode, existing.StdErr));
        Assert.Contains("\"tj-af-border-2021-07-05\"", await File.ReadAllTextAsync(exported), StringComparison.Ordinal);
    }

    /// <summary>A copy of the shipped boundaries, sources and gazetteer beside a claims file cut off in the middle.</summary>
    internal static async Task<string> GeodataWithBrokenClaimsAsync()
    {
        var geodata = Path.Combine(StoreTestEnvironment.Folder, "geodata-" + Guid.NewGuid().ToString("N"));
        foreach (var part in new[] { "boundaries", "sources", "gazetteer" })
        {
            CopyDirectory(Path.Combine(AppContext.BaseDirectory, "geodata", part), Path.Combine(geodata, part));
        }

        Directory.CreateDirectory(Path.Combine(geodata, "claims"));
        await File.WriteAllTextAsync(Path.Combine(geodata, "claims", "broken.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [");
        return geodata;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
