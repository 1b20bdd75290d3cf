using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BorderMap.App.Tests.Access;

/// <summary>
/// Every route the app serves, asked by an anonymous caller, a reader and an editor of a shared
/// server. The routes come from the app's own route table, so a route added later is checked too.
/// </summary>
public sealed class AccessMatrixTests(SharedServer server) : IClassFixture<SharedServer>
{
    private const string ClaimId = "rahmon-mobilises-20000-reservists";

    /// <summary>A URL that a permitted caller gets a 2xx from, for each route pattern with parameters or required query.</summary>
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["/api/claims/{id}"] = $"/api/claims/{ClaimId}",
        ["/api/claims/{id}/history"] = $"/api/claims/{ClaimId}/history",
        ["/api/sources/{id}"] = "/api/sources/tj-af-border-2021-07-05",
        ["/api/sources/{id}/anchors"] = "/api/sources/tj-af-border-2021-07-05/anchors",
        ["/api/layers/{id}"] = "/api/layers/provinces",
        ["/api/regions/{id}"] = "/api/regions/AF-BDS",
        ["/api/search"] = "/api/search?q=Khorog",
        ["/api/geocode"] = "/api/geocode?q=Khorog",
        ["/api/export"] = "/api/export?format=svg&region=TJ-GB",
        ["/api/claims/histogram"] = "/api/claims/histogram?bin=month",
        ["/api/tiles/claims/{z}/{x}/{y}.mvt"] = "/api/tiles/claims/5/22/12.mvt",
        ["/api/ogc/collections/{collectionId}"] = "/api/ogc/collections/claims",
        ["/api/ogc/collections/{collectionId}/queryables"] = "/api/ogc/collections/claims/queryables",
        ["/api/ogc/collections/{collectionId}/items"] = "/api/ogc/collections/claims/items?limit=2",
        ["/api/ogc/collections/{collectionId}/items/{featureId}"] = $"/api/ogc/collections/claims/items/{ClaimId}",
        ["/api/events/{id}"] = "/api/events/crossing-into-badakhshan-2021-07-05",
        ["/api/events/{id}/history"] = "/api/events/crossing-into-badakhshan-2021-07-05/history",
    };

    private IEnumerable<(string Method, string Pattern)> ApiRoutes =>
        server.Routes.Where(r => r.Pattern.StartsWith("/api/", StringComparison.Ordinal) && r.Pattern != "/api/session");

    [Fact]
    public void The_route_table_holds_every_read_and_write_route()
    {
        var routes = ApiRoutes.Select(r => $"{r.Method} {r.Pattern}").ToList();
        Assert.Contains("GET /api/claims", routes);
        Assert.Contains("POST /api/claims", routes);
        Assert.Contains("PUT /api/claims/{id}", routes);
        Assert.Contains("DELETE /api/claims/{id}", routes);
        Assert.Contains("POST /api/sources", routes);
        Assert.True(routes.Count >= 18, string.Join(", ", routes));
    }

    [Fact]
    public Task Anonymous_callers_get_401_with_a_bearer_challenge_on_every_route() =>
        ForEveryRoute(token: null, async (route, response) =>
        {
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route}: {response.StatusCode}");
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("access token", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        });

    [Theory]
    [InlineData("/API/claims")]
    [InlineData("/api/Claims/rahmon-mobilises-20000-reservists")]
    [InlineData("/api/claims/")]
    public async Task Other_spellings_of_a_route_are_guarded_too(string url)
    {
        using var anonymous = server.ClientWith(null);
        using var response = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_revoked_or_mistyped_token_is_refused_like_no_token()
    {
        using var stranger = server.ClientWith("bm_" + new string('x', 43));
        using var response = await stranger.GetAsync(new Uri("/api/claims", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not known", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public Task Readers_read_every_route_and_change_nothing() =>
        ForEveryRoute(server.ReaderToken, async (route, response) =>
        {
            if (route.StartsWith("GET ", StringComparison.Ordinal))
            {
                Assert.True(response.IsSuccessStatusCode, $"{route}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                return;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route}: {response.StatusCode}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Read-only token", problem.GetProperty("title").GetString());
            Assert.Contains(SharedServer.ReaderName, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        });

    [Fact]
    public Task Editors_pass_the_access_rules_on_every_route() =>
        ForEveryRoute(server.EditorToken, async (route, response) =>
        {
            // For changes, an empty body or a missing If-Match is the endpoint's own complaint: past the access rules.
            var passed = route.StartsWith("GET ", StringComparison.Ordinal)
                ? response.IsSuccessStatusCode
                : response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.PreconditionRequired;
            Assert.True(passed, $"{route}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        });

    /// <summary>Sends one request per route with <paramref name="token"/> (or none) and checks each answer, given as "METHOD pattern".</summary>
    private async Task ForEveryRoute(string? token, Func<string, HttpResponseMessage, Task> check)
    {
        using var client = server.ClientWith(token);
        foreach (var (method, pattern) in ApiRoutes)
        {
            using var response = await Send(client, method, pattern);
            await check($"{method} {pattern}", response);
        }
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string method, string pattern)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(Examples.GetValueOrDefault(pattern, pattern.Replace("{id}", ClaimId, StringComparison.Ordinal)), UriKind.Relative));
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }
}
