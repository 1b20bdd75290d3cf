using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace BorderMap.App.Tests;

/// <summary><c>bordermap claims import</c> streams its file: every problem still reported in file order with its position, nothing written, and input that cannot be read refused.</summary>
public sealed class ClaimsImportCommandTests
{
    private readonly string _store = StoreTestEnvironment.NewStorePath();

    [Fact]
    public async Task Unreadable_and_invalid_rows_are_all_reported_in_file_order_and_nothing_is_written()
    {
        var features = JsonNode.Parse(await File.ReadAllTextAsync(StoreCommandLineTests.ClaimsFile(5, "mixed")))!["features"]!.AsArray();
        features[1]!.AsObject().Remove("properties");
        features[2]!["properties"]!["eventDate"] = "2021-02-30";
        features[4]!["properties"]!["title"] = 7;
        var file = await Write(".geojson", new JsonObject { ["type"] = "FeatureCollection", ["features"] = features.DeepClone() }.ToJsonString());

        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("claims", "import", file, "--store", _store);

        Assert.Equal(2, exitCode);
        Assert.Contains("feature 2 cannot be read; checking every row without writing anything", stdout, StringComparison.Ordinal);
        var name = Path.GetFileName(file);
        Assert.Equal(
            [
                $"{name}: feature 2, properties: a claim is a GeoJSON Feature with a properties object",
                $"{name}: feature 3, eventDate: '2021-02-30' is not a real date in the form YYYY-MM-DD",
                $"{name}: feature 5, title: must be a string, not number",
                $"bordermap: 3 of 5 claims in {name} have problems; nothing was imported.",
            ],
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var export = await Write(".geojson", string.Empty);
        await AppProcess.RunToEnd("claims", "export", "--out", export, "--store", _store);
        Assert.DoesNotContain("mixed-0", await File.ReadAllTextAsync(export), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_beyond_a_thousand_are_counted_not_listed()
    {
        var csv = new StringBuilder("title,category,event_date,time_precision,location,geo_precision,source,quote,translation\n");
        for (var i = 0; i < 1500; i++)
        {
            csv.Append("Short row,statement\n");
        }

        var file = await Write(".csv", csv.ToString());

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "import", file, "--dry-run", "--store", _store);

        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, exitCode);
        Assert.Equal(1002, lines.Length);
        Assert.Equal($"{Path.GetFileName(file)}: row 2, row: has 2 fields, the header 9", lines[0]);
        Assert.Equal($"{Path.GetFileName(file)}: row 1001, row: has 2 fields, the header 9", lines[999]);
        Assert.Equal($"{Path.GetFileName(file)}: … and 500 more problems", lines[1000]);
        Assert.Contains("1500 of 1500 claims", lines[1001], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_collection_of_no_features_imports_zero_claims()
    {
        var file = await Write(".geojson", """{"type": "FeatureCollection", "features": []}""");

        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("claims", "import", file, "--store", _store);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("Imported 0 claims", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_FIFO_is_refused_instead_of_waiting_for_a_writer()
    {
        var fifo = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".geojson");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "import", fifo, "--store", _store);

        Assert.Equal(2, exitCode);
        Assert.Contains("is a FIFO (named pipe), not a regular file", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_type_member_is_refused_with_its_byte_offset()
    {
        var file = await Write(".geojson", """{"tpye": "FeatureCollection", "features": []}""");

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "import", file, "--store", _store);

        Assert.Equal(2, exitCode);
        Assert.Contains("""byte 44: the top-level object has no "type" member (other members: "tpye")""", stderr, StringComparison.Ordinal);
    }

    private static async Task<string> Write(string extension, string text)
    {
        var path = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + extension);
        await File.WriteAllTextAsync(path, text);
        return path;
    }
}
