using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderMap.App.Tests;

/// <summary>Small helpers over the in-memory test server's HttpClient.</summary>
public static class ApiClient
{
    /// <summary>POSTs <paramref name="body"/> as JSON.</summary>
    public static async Task<HttpResponseMessage> PostJson(this HttpClient client, string url, JsonNode body)
    {
        using var content = Json(body);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary><paramref name="body"/> as a request's JSON content.</summary>
    public static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    /// <summary>The body of a response expected to be 201 Created; the assertion shows any other answer whole.</summary>
    public static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> GetOk(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>GETs a URL expected to be refused with 400 problem+json and returns the names of the bad parameters.</summary>
    public static async Task<string[]> GetBadRequest(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)];
    }

    public static async Task<string[]> ClaimIds(this HttpClient client, string query) =>
        [.. (await client.GetOk("/api/claims" + query)).GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)];
}
