using System.Text.Json.Nodes;

namespace BorderMap.App.Tests;

/// <summary>
/// <c>bordermap sources add|list</c>, and a claims export that another store can import: the
/// export carries the sources, so a claim quoting a newly registered source survives the move.
/// </summary>
public sealed class SourcesAndBundlesCommandTests : IDisposable
{
    /// <summary>Constructed for this test, not a real report.</summary>
    private const string Text = "Constructed test report. A patrol was seen near Khorog on 2 May 2024.";

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task A_claim_quoting_a_newly_added_source_moves_to_a_new_store_with_its_source()
    {
        var first = Path.Combine(_folder, "first.gpkg");
        var sourceId = await AddSourceAsync(first);
        var claims = Path.Combine(_folder, "claim.geojson");
        await File.WriteAllTextAsync(claims, ClaimFile(sourceId));
        Assert.Equal(0, (await AppProcess.RunToEnd("claims", "import", claims, "--store", first)).ExitCode);
        var bundle = Path.Combine(_folder, "bundle.geojson");
        Assert.Equal(0, (await AppProcess.RunToEnd("claims", "export", "--out", bundle, "--store", first)).ExitCode);

        var second = Path.Combine(_folder, "second.gpkg");
        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("claims", "import", bundle, "--store", second);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("1 created", stdout, StringComparison.Ordinal);
        var listed = (await AppProcess.RunToEnd("sources", "list", "--store", second)).StdOut;
        Assert.Contains($"{sourceId}\t2024-05-03\ten\t", listed, StringComparison.Ordinal);
        var again = Path.Combine(_folder, "again.geojson");
        await AppProcess.RunToEnd("claims", "export", "--out", again, "--store", second);
        Assert.Equal(await File.ReadAllTextAsync(bundle), await File.ReadAllTextAsync(again));
    }

    [Fact]
    public async Task A_bundle_whose_source_text_was_changed_is_refused_in_one_line_naming_the_source()
    {
        var store = Path.Combine(_folder, "store.gpkg");
        var sourceId = await AddSourceAsync(store);
        var bundle = Path.Combine(_folder, "bundle.geojson");
        await AppProcess.RunToEnd("claims", "export", "--out", bundle, "--store", store);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(bundle))!;
        var index = json["sources"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList().IndexOf(sourceId);
        json["sources"]![index]!["text"] = Text.Replace("Khorog", "Kalai-Khumb", StringComparison.Ordinal);
        await File.WriteAllTextAsync(bundle, json.ToJsonString());

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "import", bundle, "--store", Path.Combine(_folder, "other.gpkg"));

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"bordermap: bundle.geojson: sources[{index}]: the text of source '{sourceId}' does not match its SHA-256", stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_add_names_the_option_of_a_bad_date()
    {
        var file = Path.Combine(_folder, "text.txt");
        await File.WriteAllTextAsync(file, Text);

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("sources", "add", file, "--title", "T", "--publisher", "P", "--language", "en", "--published", "2024-02-30", "--store", Path.Combine(_folder, "s.gpkg"));

        Assert.Equal(2, exitCode);
        Assert.Equal("bordermap sources add: --published: '2024-02-30' is not a real date in the form YYYY-MM-DD", stderr.Trim());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> AddSourceAsync(string store)
    {
        var file = Path.Combine(_folder, "report.txt");
        await File.WriteAllTextAsync(file, Text);
        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd(
            "sources", "add", file, "--title", "Constructed patrol report", "--publisher", "BorderMap tests", "--language", "en", "--published", "2024-05-03", "--store", store);
        Assert.True(exitCode == 0, stderr);
        Assert.Contains("SHA-256", stderr, StringComparison.Ordinal);
        return stdout.Trim();
    }

    private static string ClaimFile(string sourceId) => new JsonObject
    {
        ["type"] = "FeatureCollection",
        ["features"] = new JsonArray(new JsonObject
        {
            ["type"] = "Feature",
            ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(71.55, 37.49) },
            ["properties"] = new JsonObject
            {
                ["title"] = "Patrol near Khorog",
                ["category"] = "military-presence",
                ["place"] = "Khorog",
                ["geoPrecision"] = 2,
                ["eventDate"] = "2024-05-02",
                ["timePrecision"] = "day",
                ["reportedDate"] = "2024-05-03",
                ["source"] = sourceId,
                ["quote"] = new JsonObject { ["text"] = "A patrol was seen near Khorog" },
                ["translation"] = "A patrol was seen near Khorog",
                ["status"] = "reported",
            },
        }),
    }.ToJsonString();
}
