using BorderMap.App.Tests.Hardening;
using System.Net;
using System.Text.Json;

namespace BorderMap.App.Tests.Ogc;

/// <summary>OGC API – Features from <c>bordermap serve</c>, read as a client reads it: documents, paging by next links, filters and refusals.</summary>
public sealed class OgcApiTests(LocalServer server) : IClassFixture<LocalServer>
{
    [Fact]
    public async Task The_landing_page_links_the_openapi_definition_conformance_and_collections()
    {
        var landing = await server.Client.GetOk("/api/ogc");
        var links = landing.GetProperty("links").EnumerateArray().ToDictionary(l => l.GetProperty("rel").GetString()!, l => l);

        Assert.Equal("application/vnd.oai.openapi+json;version=3.0", links["service-desc"].GetProperty("type").GetString());
        using var api = await server.Client.GetAsync(new Uri(links["service-desc"].GetProperty("href").GetString()!));
        Assert.Equal("application/vnd.oai.openapi+json", api.Content.Headers.ContentType?.MediaType);
        var definition = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("3.0.3", definition.GetProperty("openapi").GetString());
        Assert.True(definition.GetProperty("paths").TryGetProperty("/collections/claims/items", out _));
        var conformance = await server.Client.GetOk("/api/ogc/conformance");
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()));
        var collections = await server.Client.GetOk("/api/ogc/collections");
        Assert.Equal(["claims", "events", "areas"], collections.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Following_next_links_reads_every_claim_once_in_the_stores_order()
    {
        var expected = await server.Client.ClaimIds("?limit=5000");
        var seen = new List<string>();
        var url = "/api/ogc/collections/claims/items?limit=4";
        long? matched = null;
        while (url is not null)
        {
            var page = await server.Client.GetOk(url);
            matched ??= page.GetProperty("numberMatched").GetInt64();
            seen.AddRange(page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!));
            Assert.Equal(page.GetProperty("features").GetArrayLength(), page.GetProperty("numberReturned").GetInt32());
            url = page.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == "next").Select(l => new Uri(l.GetProperty("href").GetString()!).PathAndQuery).SingleOrDefault();
        }

        Assert.Equal(expected, seen);
        Assert.Equal(expected.Length, matched);
    }

    [Theory]
    [InlineData("bbox=69,36,72,38.5", "bbox=69,36,72,38.5")]
    [InlineData("datetime=2021-07-01/2021-07-04", "from=2021-07-01&to=2021-07-04")]
    [InlineData("datetime=../2021-06-30T23:59:59Z", "to=2021-06-30")]
    [InlineData("datetime=2021-07-05", "from=2021-07-05&to=2021-07-05")]
    [InlineData("category=diplomatic,statement&geoPrecision=2", "category=diplomatic,statement&precision=2")]
    [InlineData("status=reported&bbox=60,29,0,75,39,100", "status=reported&bbox=60,29,75,39")]
    public async Task Filters_select_what_the_claims_api_selects(string ogc, string api)
    {
        var expected = await server.Client.ClaimIds("?limit=5000&" + api);
        var page = await server.Client.GetOk("/api/ogc/collections/claims/items?limit=5000&" + ogc);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!));
    }

    [Theory]
    [InlineData("bbox=69,36,72", "bbox")]
    [InlineData("bbox=69,38,72,36", "bbox")]
    [InlineData("bbox=72,36,69,38", "bbox")]
    [InlineData("bbox=a,b,c,d", "bbox")]
    [InlineData("datetime=2021-02-30", "datetime")]
    [InlineData("datetime=2021-07-05/2021-07-01", "datetime")]
    [InlineData("datetime=../..", "datetime")]
    [InlineData("datetime=yesterday", "datetime")]
    [InlineData("limit=0", "limit")]
    [InlineData("category=parade", "category")]
    [InlineData("cursor=zz", "cursor")]
    [InlineData("colour=red", "colour")]
    public async Task A_bad_parameter_is_a_400_naming_it(string query, string parameter)
    {
        var bad = await server.Client.GetBadRequest("/api/ogc/collections/claims/items?" + query);

        Assert.Equal([parameter], bad);
    }

    [Fact]
    public async Task Events_are_points_at_their_derived_place_with_their_status_and_sources_as_columns()
    {
        var listed = await server.Client.GetOk("/api/events?limit=200");
        var expected = listed.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();

        var page = await server.Client.GetOk("/api/ogc/collections/events/items?limit=200");
        var features = page.GetProperty("features").EnumerateArray().ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, features.Select(f => f.GetProperty("id").GetString()!));
        var first = listed.GetProperty("events")[0];
        var feature = await server.Client.GetOk("/api/ogc/collections/events/items/" + expected[0]);
        var properties = feature.GetProperty("properties");
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(first.GetProperty("derived").GetProperty("point").GetRawText(), feature.GetProperty("geometry").GetProperty("coordinates").GetRawText());
        Assert.Equal(first.GetProperty("status").GetString(), properties.GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("derived").GetProperty("sources").GetArrayLength(), properties.GetProperty("sources").GetInt32());
        Assert.Equal(string.Join(',', first.GetProperty("claims").EnumerateArray().Select(c => c.GetString())), properties.GetProperty("claims").GetString());

        var status = first.GetProperty("status").GetString()!;
        var other = status == "disputed" ? "corroborated" : "disputed";
        Assert.Contains(expected[0], (await server.Client.GetOk($"/api/ogc/collections/events/items?status={status}")).GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.DoesNotContain(expected[0], (await server.Client.GetOk($"/api/ogc/collections/events/items?status={other}")).GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Empty((await server.Client.GetOk("/api/ogc/collections/events/items?bbox=-10,-10,10,10")).GetProperty("features").EnumerateArray());
        Assert.Equal(["status"], await server.Client.GetBadRequest("/api/ogc/collections/events/items?status=rumoured"));
        Assert.Equal(["cursor"], await server.Client.GetBadRequest("/api/ogc/collections/events/items?cursor=c12"));
    }

    [Fact]
    public async Task Areas_and_single_items_are_served_and_unknown_ones_are_404()
    {
        var provinces = await server.Client.GetOk("/api/ogc/collections/areas/items?kind=province&country=AF&limit=100");
        var item = await server.Client.GetOk("/api/ogc/collections/areas/items/AF-BDS");
        using var missing = await server.Client.GetAsync(new Uri("/api/ogc/collections/claims/items/no-such-claim", UriKind.Relative));
        using var noCollection = await server.Client.GetAsync(new Uri("/api/ogc/collections/rivers/items", UriKind.Relative));

        Assert.Equal(34, provinces.GetProperty("numberMatched").GetInt32());
        Assert.Equal("Badakhshan", item.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noCollection.StatusCode);
    }
}
