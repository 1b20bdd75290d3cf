using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderMap.App.Tests;

/// <summary>The write API over a real socket and a real GeoPackage store, one store per test.</summary>
public sealed class ClaimWriteApiTests : ServerPerTest<StoreServer>
{
    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, JsonNode? body = null, string? ifMatch = null, string? origin = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/geo+json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await Client.SendAsync(request);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_posted_claim_is_stored_with_its_quote_offsets_found_and_is_served_at_once()
    {
        var response = await Send(HttpMethod.Post, "/api/claims", ClaimBodies.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/claims/api-claim", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var quote = created.GetProperty("properties").GetProperty("quote");
        Assert.Equal((0, 96), (quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32()));
        Assert.Equal("<img src=x onerror=alert(1)>", created.GetProperty("properties").GetProperty("note").GetString());

        var list = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/claims?region=AF-BDS&category=statement", UriKind.Relative));
        Assert.Contains(list.GetProperty("features").EnumerateArray(), f => f.GetProperty("id").GetString() == "api-claim");
        var region = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/regions/AF-BDS", UriKind.Relative));
        Assert.Contains("api-claim", region.GetProperty("claimsByCategory").GetRawText(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BrokenBodies() => new()
    {
        { """{"quote": {"text": "not in the article"}}""", "quote.text" },
        { """{"quote": {"text": "Tajikistan", "start": 5, "end": 15}}""", "quote" },
        { """{"eventDate": "2021-02-30"}""", "eventDate" },
        { """{"endDate": "2021-07-01"}""", "endDate" },
        { """{"source": "no-such-source"}""", "source" },
        { """{"category": "rumour"}""", "category" },
        { """{"geoPrecision": "two"}""", "geoPrecision" },
        { """{"title": null}""", "title" },
        { """{"refs": ["region:AF-XYZ"]}""", "refs[0]" },
        { """{"colour": "red"}""", "colour" },
    };

    [Theory]
    [MemberData(nameof(BrokenBodies))]
    public async Task A_claim_that_breaks_a_rule_gets_400_naming_the_field_and_nothing_is_stored(string changes, string field)
    {
        var body = ClaimBodies.Valid(change: p =>
        {
            foreach (var (name, value) in JsonNode.Parse(changes)!.AsObject())
            {
                p[name] = value?.DeepClone();
            }
        });

        var problem = await Problem(await Send(HttpMethod.Post, "/api/claims", body), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri("/api/claims/api-claim", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("""{"type": "Feature", "properties": {"title": "x",}""", "line 1")]
    [InlineData("""{"type":"Feature","geometry":{"type":"Point","coordinates":[70, 97]},"properties":{}}""", "title")]
    [InlineData("""{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[70,37],[71,38]]]},"properties":{}}""", "geometry")]
    public async Task Malformed_GeoJSON_gets_a_specific_400(string body, string expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await Client.PostAsync(new Uri("/api/claims", UriKind.Relative), content);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Geometry_outside_WGS84_is_refused_by_field()
    {
        var body = ClaimBodies.Valid();
        body["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(190, 37) };

        var problem = await Problem(await Send(HttpMethod.Post, "/api/claims", body), HttpStatusCode.BadRequest);

        Assert.Contains("WGS84", problem.GetProperty("errors").GetProperty("geometry")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_needs_If_Match_and_a_stale_version_gets_412_with_the_current_one()
    {
        await Send(HttpMethod.Post, "/api/claims", ClaimBodies.Valid());
        var corroborated = ClaimBodies.Valid(change: p => p["status"] = "corroborated");

        await Problem(await Send(HttpMethod.Put, "/api/claims/api-claim", corroborated), HttpStatusCode.PreconditionRequired);
        var first = await Send(HttpMethod.Put, "/api/claims/api-claim", corroborated, ifMatch: "\"1\"");
        var stale = await Send(HttpMethod.Put, "/api/claims/api-claim", ClaimBodies.Valid(change: p => p["status"] = "disputed"), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag?.Tag);
        var conflict = await Problem(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(2, conflict.GetProperty("currentVersion").GetInt32());
        Assert.Equal("corroborated", conflict.GetProperty("current").GetProperty("properties").GetProperty("status").GetString());
        var current = await Client.GetAsync(new Uri("/api/claims/api-claim", UriKind.Relative));
        Assert.Equal("\"2\"", current.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_claim_read_from_the_API_can_be_sent_back_as_it_is()
    {
        var read = await Client.GetAsync(new Uri("/api/claims/tj-bds-border-length", UriKind.Relative));
        var feature = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        feature["properties"]!["status"] = "corroborated";

        var response = await Send(HttpMethod.Put, "/api/claims/tj-bds-border-length", feature, ifMatch: read.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, saved.GetProperty("properties").GetProperty("version").GetInt32());
        Assert.Equal(feature["properties"]!["quote"]!.ToJsonString(), saved.GetProperty("properties").GetProperty("quote").GetRawText());
    }

    [Fact]
    public async Task A_delete_needs_the_current_version_and_stays_in_the_history()
    {
        await Send(HttpMethod.Post, "/api/claims", ClaimBodies.Valid());
        await Send(HttpMethod.Put, "/api/claims/api-claim", ClaimBodies.Valid(change: p => p["place"] = "Faizabad"), ifMatch: "\"1\"");

        await Problem(await Send(HttpMethod.Delete, "/api/claims/api-claim"), HttpStatusCode.PreconditionRequired);
        await Problem(await Send(HttpMethod.Delete, "/api/claims/api-claim", ifMatch: "\"1\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, "/api/claims/api-claim", ifMatch: "\"2\"")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri("/api/claims/api-claim", UriKind.Relative))).StatusCode);
        var history = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/claims/api-claim/history", UriKind.Relative));
        Assert.Equal(["create", "update", "delete"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("Fayzabad", history[1].GetProperty("oldValue").GetProperty("properties").GetProperty("place").GetString());
        Assert.Equal("Faizabad", history[2].GetProperty("oldValue").GetProperty("properties").GetProperty("place").GetString());
        Assert.Equal(JsonValueKind.Null, history[2].GetProperty("newValue").ValueKind);
    }

    [Fact]
    public async Task Unknown_claims_and_duplicate_ids_are_named()
    {
        await Problem(await Send(HttpMethod.Put, "/api/claims/no-such-claim", ClaimBodies.Valid("no-such-claim"), ifMatch: "\"1\""), HttpStatusCode.NotFound);
        await Problem(await Client.GetAsync(new Uri("/api/claims/no-such-claim/history", UriKind.Relative)), HttpStatusCode.NotFound);
        var duplicate = await Problem(await Send(HttpMethod.Post, "/api/claims", ClaimBodies.Valid("tj-bds-border-length")), HttpStatusCode.Conflict);
        Assert.Equal(1, duplicate.GetProperty("currentVersion").GetInt32());
        var mismatch = await Problem(await Send(HttpMethod.Put, "/api/claims/tj-bds-border-length", ClaimBodies.Valid("other-id"), ifMatch: "\"1\""), HttpStatusCode.BadRequest);
        Assert.True(mismatch.GetProperty("errors").TryGetProperty("id", out _));
        await Problem(await Send(HttpMethod.Delete, "/api/claims/tj-bds-border-length", ifMatch: "*"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_claim_never_takes_an_id_a_listing_route_answers_for()
    {
        var refused = await Problem(await Send(HttpMethod.Post, "/api/claims", ClaimBodies.Valid("facets")), HttpStatusCode.BadRequest);
        Assert.Contains("reserved", refused.GetProperty("errors").GetProperty("id")[0].GetString(), StringComparison.Ordinal);

        var titled = ClaimBodies.Valid(id: null, change: p => p["title"] = "Histogram");
        var created = await Send(HttpMethod.Post, "/api/claims", titled);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/claims/histogram-2", created.Headers.Location?.ToString());
        var read = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/claims/histogram-2", UriKind.Relative));
        Assert.Equal("Histogram", read.GetProperty("properties").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Writes_from_another_origin_are_refused_and_change_nothing()
    {
        var own = Server.Url.GetLeftPart(UriPartial.Authority);

        await Problem(await Send(HttpMethod.Post, "/api/claims", ClaimBodies.Valid(), origin: "https://evil.example"), HttpStatusCode.Forbidden);
        await Problem(await Send(HttpMethod.Post, "/api/claims", ClaimBodies.Valid(), origin: "null"), HttpStatusCode.Forbidden);
        await Problem(await Send(HttpMethod.Delete, "/api/claims/tj-bds-border-length", ifMatch: "\"1\"", origin: "http://127.0.0.1:1"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri("/api/claims/api-claim", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await Send(HttpMethod.Post, "/api/claims", ClaimBodies.Valid(), origin: own)).StatusCode);
    }

    [Fact]
    public async Task A_rebound_host_name_is_not_taken_for_this_server()
    {
        // DNS rebinding: a page on evil.example, its name now resolving to 127.0.0.1, sends Host and Origin that agree.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/claims", UriKind.Relative))
        {
            Content = new StringContent(ClaimBodies.Valid().ToJsonString(), Encoding.UTF8, "application/geo+json"),
        };
        request.Headers.Host = $"evil.example:{Server.Url.Port}";
        request.Headers.Add("Origin", $"http://evil.example:{Server.Url.Port}");

        // The Host check turns it away before the origin check would (421 Misdirected Request).
        await Problem(await Client.SendAsync(request), HttpStatusCode.MisdirectedRequest);
    }

    [Fact]
    public async Task A_registered_source_keeps_its_text_and_SHA_256_and_can_be_quoted()
    {
        var body = new JsonObject
        {
            ["title"] = "Border report",
            ["publisher"] = "Example News",
            ["url"] = "https://example.org/report",
            ["language"] = "en",
            ["publishedDate"] = "2021-07-06",
            ["text"] = "Fighting was reported near Ishkashim. Refugees crossed the Panj.",
        };

        var response = await Send(HttpMethod.Post, "/api/sources", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var source = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("border-report-2021-07-06", source.GetProperty("id").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body["text"]!.GetValue<string>()))), source.GetProperty("sha256").GetString());
        var listed = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/sources", UriKind.Relative));
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("id").GetString() == "border-report-2021-07-06");

        var claim = ClaimBodies.Valid(change: p =>
        {
            p["source"] = "border-report-2021-07-06";
            p["quote"] = new JsonObject { ["text"] = "Refugees crossed the Panj." };
        });
        var created = await Send(HttpMethod.Post, "/api/claims", claim);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task A_source_with_missing_fields_gets_400_naming_each()
    {
        var problem = await Problem(await Send(HttpMethod.Post, "/api/sources", new JsonObject { ["title"] = "Only a title", ["url"] = "not a url" }), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.All(new[] { "publisher", "language", "publishedDate", "text", "url" }, field => Assert.True(errors.TryGetProperty(field, out _), field));
    }

    [Fact]
    public async Task What_was_written_is_in_the_store_file_after_the_server_stops()
    {
        await Send(HttpMethod.Post, "/api/claims", ClaimBodies.Valid());
        await Server.DisposeAsync();

        await using var store = BorderMap.Storage.StoreLocation.Open(Server.StorePath, StoreServer.Geodata.Areas, BorderMap.Storage.StoreSeed.Empty);
        Assert.NotNull(await store.FindClaimAsync("api-claim"));
    }
}
