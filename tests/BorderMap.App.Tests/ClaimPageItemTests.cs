using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests;

/// <summary>
/// A page of <c>GET /api/claims</c> copies each claim's stored data through instead of decoding it;
/// every item must still be the very claim <c>GET /api/claims/{id}</c> answers (which decodes it):
/// the same members and values, geometry, anchor and measured checks. Run on a GeoPackage file and
/// on PostGIS, over the seed claims (points, lines and polygons, a stated border length) and a
/// constructed claim whose texts need escaping.
/// </summary>
public abstract class ClaimPageItemTests
{
    /// <summary>Constructed for this test: quotes, a backslash, a line break, markup and letters beyond ASCII.</summary>
    private const string AwkwardText = "Constructed: \"quoted\" \\ back-slash\nnew line <b>&amp;</b> — Ҷиҳатҳо دری 😀";

    [Fact]
    public Task Every_item_of_a_page_is_the_claim_its_own_URL_answers() => WithServer(async server =>
    {
        var body = ClaimBodies.Valid("page-item-awkward", p => (p["title"], p["note"], p["translation"]) = (AwkwardText, AwkwardText, AwkwardText + " 900 km"));
        using (var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/geo+json"))
        {
            using var created = await server.Client.PostAsync(new Uri("/api/claims", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var features = (await server.Client.GetOk("/api/claims?limit=5000")).GetProperty("features").EnumerateArray().ToList();

        Assert.Equal(StoreServer.Geodata.Claims.Count + 1, features.Count);
        foreach (var item in features)
        {
            var single = await server.Client.GetOk("/api/claims/" + Uri.EscapeDataString(item.GetProperty("id").GetString()!));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(item.GetRawText()), JsonNode.Parse(single.GetRawText())), $"page item {item.GetRawText()}\nby id {single.GetRawText()}");
        }

        Assert.Contains(features, f => f.GetProperty("properties").GetProperty("checks").GetArrayLength() > 0);
        Assert.Contains(features, f => f.GetProperty("geometry").GetProperty("type").GetString() is not "Point");
        Assert.Equal(AwkwardText, features.Single(f => f.GetProperty("id").GetString() == "page-item-awkward").GetProperty("properties").GetProperty("note").GetString());
    });

    [Fact]
    public Task A_page_after_an_edit_carries_the_edited_claim_as_its_own_URL_answers_member_for_member() => WithServer(async server =>
    {
        var body = ClaimBodies.Valid("page-item-edited");
        using (var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/geo+json"))
        {
            using var created = await server.Client.PostAsync(new Uri("/api/claims", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        body["properties"]!["title"] = "Constructed: the title after an edit";
        body["properties"]!["note"] = AwkwardText;
        using (var edit = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/claims/page-item-edited", UriKind.Relative)))
        {
            edit.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/geo+json");
            edit.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            using var edited = await server.Client.SendAsync(edit);
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }

        var single = await server.Client.GetStringAsync(new Uri("/api/claims/page-item-edited", UriKind.Relative));
        var item = (await server.Client.GetOk("/api/claims?limit=5000")).GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "page-item-edited");

        // The same members in the same order with the same values; GET by id escapes "+" in its timestamps (\u002B), a page does not.
        Assert.Equal(JsonNode.Parse(single)!.ToJsonString(), JsonNode.Parse(item.GetRawText())!.ToJsonString());
        Assert.Equal("Constructed: the title after an edit", item.GetProperty("properties").GetProperty("title").GetString());
    });

    [Fact]
    public Task A_sorted_page_of_whole_claims_pages_on_from_its_cursor() => WithServer(async server =>
    {
        var first = await server.Client.GetOk("/api/claims?sort=-title&limit=3");
        var titles = Titles(first);
        var second = await server.Client.GetOk($"/api/claims?sort=-title&limit=3&cursor={Uri.EscapeDataString(first.GetProperty("next").GetString()!)}");
        titles.AddRange(Titles(second));

        var all = StoreServer.Geodata.Claims.Select(c => c.Data.Title).OrderDescending(StringComparer.Ordinal).Take(6);
        Assert.Equal(all, titles);
    });

    /// <summary>A server over a new store of the seed claims.</summary>
    private protected abstract Task<StoreServer> NewServerAsync();

    private static List<string> Titles(JsonElement page) =>
        [.. page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("title").GetString()!)];

    private async Task WithServer(Func<StoreServer, Task> test)
    {
        var server = await NewServerAsync();
        await server.InitializeAsync();
        try
        {
            await test(server);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}

/// <summary>On a GeoPackage file.</summary>
public sealed class ClaimPageItemsOnGeoPackage : ClaimPageItemTests
{
    private protected override Task<StoreServer> NewServerAsync() => Task.FromResult(new StoreServer());
}

/// <summary>On PostGIS.</summary>
[Collection(PostGisTestGroup.Name)]
public sealed class ClaimPageItemsOnPostGis(PostGisServer postGis) : ClaimPageItemTests
{
    private protected override async Task<StoreServer> NewServerAsync() => new(await postGis.NewDatabaseAsync());
}
