using BorderMap.App.Tests.Hardening;
using System.Globalization;

using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests.Ogc;

/// <summary>Real OGC API – Features clients against <c>bordermap serve</c>: GDAL's OAPIF driver and QGIS's OAPIF provider, headless.</summary>
public sealed class OgcClientTests(LocalServer server) : IClassFixture<LocalServer>, IDisposable
{
    /// <summary>Loads the claims collection in QGIS and prints whether the layer is valid, then how many features it reads in all and within the box.</summary>
    private const string QgisScript = """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from qgis.core import QgsApplication, QgsVectorLayer, QgsRectangle, QgsFeatureRequest
        app = QgsApplication([], False)
        app.initQgis()
        layer = QgsVectorLayer(f"url='{sys.argv[1]}' typename='claims' pageSize='5'", "claims", "OAPIF")
        box = QgsFeatureRequest().setFilterRect(QgsRectangle(69, 36, 72, 38.5))
        print(layer.isValid(), sum(1 for _ in layer.getFeatures()), sum(1 for _ in layer.getFeatures(box)))
        # QGIS crashes on exit while a layer is still alive.
        del layer, box
        app.exitQgis()
        """;

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N"))).FullName;

    private string Root => new Uri(server.Url, "/api/ogc").ToString();

    [Fact]
    public async Task Ogrinfo_lists_the_claims_events_and_areas_and_counts_the_claims()
    {
        var (exitCode, stdout, stderr) = await ExternalTool.Run("ogrinfo", "-ro", "-so", "-al", "OAPIF:" + Root);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("Layer name: claims", stdout, StringComparison.Ordinal);
        Assert.Contains("Layer name: events", stdout, StringComparison.Ordinal);
        Assert.Contains("Layer name: areas", stdout, StringComparison.Ordinal);
        Assert.Contains($"Feature Count: {(await server.Client.ClaimIds("?limit=5000")).Length}\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ogr2ogr_copies_the_claims_of_a_box_and_days_paging_through_next_links()
    {
        var output = Path.Combine(_folder, "claims.geojson");

        var (exitCode, _, stderr) = await ExternalTool.Run(
            "ogr2ogr", "-f", "GeoJSON", output, "OAPIF:" + Root, "claims", "-oo", "PAGE_SIZE=3",
            "-spat", "69", "36", "72", "38.5", "-where", "eventDate >= '2021-07-01' AND eventDate <= '2021-07-04'");

        Assert.True(exitCode == 0, stderr);
        var expected = await server.Client.ClaimIds("?limit=5000&bbox=69,36,72,38.5&from=2021-07-01&to=2021-07-04");
        Assert.True(expected.Length > 3, "the box and days must span more than one page");
        var copied = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(output)).RootElement.GetProperty("features")
            .EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("id").GetString()!);
        Assert.Equal(expected, copied);
    }

    [Fact]
    public async Task Qgis_loads_the_claims_layer_and_counts_every_claim()
    {
        var script = Path.Combine(_folder, "count.py");
        await File.WriteAllTextAsync(script, QgisScript);

        // Debian's python3: another python3 on PATH may not see the qgis module.
        var (exitCode, stdout, stderr) = await ExternalTool.Run("/usr/bin/python3", script, Root);

        Assert.True(exitCode == 0, stderr);
        var all = (await server.Client.ClaimIds("?limit=5000")).Length;
        var inBox = (await server.Client.ClaimIds("?limit=5000&bbox=69,36,72,38.5")).Length;
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"True {all} {inBox}"), stdout.Trim().Split('\n')[^1]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
