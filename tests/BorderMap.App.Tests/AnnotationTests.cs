using System.Net;
using System.Text.Json.Nodes;
using BorderMap.App.Tests.Hardening;

namespace BorderMap.App.Tests;

/// <summary>Quotes as W3C Web Annotations: served per claim, exported one per line, and anchored back exactly or refused.</summary>
public sealed class AnnotationTests(LocalServer server) : IClassFixture<LocalServer>, IDisposable
{
    private const string ClaimId = "rahmon-mobilises-20000-reservists";

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task A_claims_annotation_selects_its_quote_in_the_source_by_text_and_position()
    {
        var claim = await server.Client.GetOk($"/api/claims/{ClaimId}");
        using var response = await server.Client.GetAsync(new Uri($"/api/claims/{ClaimId}/annotation", UriKind.Relative));
        var annotation = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        using var missing = await server.Client.GetAsync(new Uri("/api/claims/no-such-claim/annotation", UriKind.Relative));

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", annotation["@context"]!.GetValue<string>());
        var quote = claim.GetProperty("properties").GetProperty("quote");
        var selectors = annotation["target"]!["selector"]!.AsArray();
        Assert.Equal(quote.GetProperty("text").GetString(), selectors[0]!["exact"]!.GetValue<string>());
        Assert.Equal((quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32()), (selectors[1]!["start"]!.GetValue<int>(), selectors[1]!["end"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Exported_annotations_anchor_back_exactly_and_a_moved_quote_updates_its_claim()
    {
        var store = Path.Combine(_folder, "store.gpkg");
        var file = Path.Combine(_folder, "quotes.jsonl");
        Assert.Equal(0, (await AppProcess.RunToEnd("claims", "export", "--out", file, "--store", store)).ExitCode);
        var lines = await File.ReadAllLinesAsync(file);

        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("annotations", "import", file, "--store", store);
        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"Anchored {lines.Length} annotations from quotes.jsonl", stdout, StringComparison.Ordinal);
        Assert.Contains($"0 quotes moved, {lines.Length} exactly where they were", stdout, StringComparison.Ordinal);

        var moved = JsonNode.Parse(lines[0])!;
        var selector = moved["target"]!["selector"]!.AsArray();
        var exact = selector[0]!["exact"]!.GetValue<string>();
        selector[0]!["exact"] = exact[..^1];
        selector[0]!["suffix"] = exact[^1..] + selector[0]!["suffix"]!.GetValue<string>();
        selector.RemoveAt(1);
        await File.WriteAllLinesAsync(file, [moved.ToJsonString()]);
        (exitCode, stdout, stderr) = await AppProcess.RunToEnd("annotations", "import", file, "--store", store);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("1 quotes moved", stdout, StringComparison.Ordinal);
        var claimId = moved["id"]!.GetValue<string>()["urn:bordermap:claim:".Length..];
        Assert.Equal(2, await HistoryLength(store, claimId));
    }

    [Fact]
    public async Task An_annotation_that_cannot_be_anchored_is_refused_with_its_line_and_nothing_changes()
    {
        var store = Path.Combine(_folder, "store.gpkg");
        var file = Path.Combine(_folder, "quotes.jsonl");
        await AppProcess.RunToEnd("claims", "export", "--format", "annotations", "--out", file, "--store", store);
        var lines = await File.ReadAllLinesAsync(file);
        var broken = JsonNode.Parse(lines[2])!;
        broken["target"]!["selector"]![0]!["exact"] = "constructed words found nowhere";
        lines[2] = broken.ToJsonString();
        lines[4] = "{not json";
        await File.WriteAllLinesAsync(file, lines);

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("annotations", "import", file, "--store", store);

        Assert.Equal(2, exitCode);
        var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("quotes.jsonl: line 3: the quote does not occur in source", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("quotes.jsonl: line 5: it is not JSON", errors[1], StringComparison.Ordinal);
        Assert.Equal($"bordermap: 2 of {lines.Length} annotations in quotes.jsonl cannot be anchored; nothing was changed.", errors[2]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<int> HistoryLength(string store, string claimId)
    {
        await using var app = await AppProcess.Serve("--store", store);
        using var client = new HttpClient { BaseAddress = app.Url };
        return (await client.GetOk($"/api/claims/{claimId}/history")).GetArrayLength();
    }
}
