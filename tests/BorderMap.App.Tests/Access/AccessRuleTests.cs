using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BorderMap.App.Access;

namespace BorderMap.App.Tests.Access;

/// <summary>What a shared server does with tokens: names in the history, cookies, origins, revocation and a broken token file.</summary>
public sealed class AccessRuleTests : ServerPerTest<SharedServer>
{
    [Fact]
    public async Task Each_change_is_recorded_under_the_editors_name()
    {
        using var editor = Server.ClientWith(Server.EditorToken);
        using var created = await editor.PostAsJsonAsync(new Uri("/api/claims", UriKind.Relative), ClaimBodies.Valid("team-claim"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var update = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/claims/team-claim", UriKind.Relative))
        {
            Content = JsonContent.Create(ClaimBodies.Valid("team-claim", p => p["status"] = "corroborated")),
        };
        update.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var updated = await editor.SendAsync(update);
        Assert.True(updated.StatusCode == HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());

        var history = await editor.GetOk("/api/claims/team-claim/history");
        Assert.Equal(["create", "update"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.All(history.EnumerateArray(), h => Assert.Equal(SharedServer.EditorName, h.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task An_editors_change_from_another_sites_page_is_refused()
    {
        using var editor = Server.ClientWith(Server.EditorToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/claims", UriKind.Relative)) { Content = JsonContent.Create(ClaimBodies.Valid("cross-site")) };
        request.Headers.Add("Origin", "http://news.example");

        using var response = await editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("news.example", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(new Uri("/api/claims/cross-site", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_strict_cookie_that_works_for_reads_and_same_origin_changes_only()
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var browser = new HttpClient(handler) { BaseAddress = Server.Url };

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(new Uri("/api/session", UriKind.Relative))).StatusCode);
        using var wrong = await browser.PostAsJsonAsync(new Uri("/api/session", UriKind.Relative), new { token = "bm_wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using var signIn = await browser.PostAsJsonAsync(new Uri("/api/session", UriKind.Relative), new { token = Server.EditorToken });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var setCookie = signIn.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);

        var session = await browser.GetOk("/api/session");
        Assert.Equal((true, SharedServer.EditorName, "editor"), (session.GetProperty("shared").GetBoolean(), session.GetProperty("name").GetString(), session.GetProperty("role").GetString()));
        await browser.GetOk("/api/claims");

        // A browser names the origin of every change; a cookie without one is not our page.
        using var noOrigin = await browser.PostAsJsonAsync(new Uri("/api/claims", UriKind.Relative), ClaimBodies.Valid("by-cookie"));
        Assert.Equal(HttpStatusCode.Forbidden, noOrigin.StatusCode);
        using var ownPage = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/claims", UriKind.Relative)) { Content = JsonContent.Create(ClaimBodies.Valid("by-cookie")) };
        ownPage.Headers.Add("Origin", Server.Url.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(ownPage)).StatusCode);

        using var signOut = new HttpRequestMessage(HttpMethod.Delete, new Uri("/api/session", UriKind.Relative));
        signOut.Headers.Add("Origin", Server.Url.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(signOut)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(new Uri("/api/claims", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_stops_working_within_seconds_without_a_restart()
    {
        using var reader = Server.ClientWith(Server.ReaderToken);
        await reader.GetOk("/api/claims");

        Server.WriteTokens((AccessRole.Editor, SharedServer.EditorName, Server.EditorToken));

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithin(reader, "/api/claims", HttpStatusCode.Unauthorized));
        using var editor = Server.ClientWith(Server.EditorToken);
        await editor.GetOk("/api/claims");
    }

    [Fact]
    public async Task A_token_file_broken_while_serving_shuts_everyone_out_until_it_is_fixed()
    {
        using var editor = Server.ClientWith(Server.EditorToken);
        await File.AppendAllTextAsync(Server.TokenFilePath, "admin\tMallory\t" + new string('0', 64) + "\n");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusWithin(editor, "/api/claims", HttpStatusCode.ServiceUnavailable));
        using var refused = await editor.GetAsync(new Uri("/api/claims", UriKind.Relative));
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("token file has an error", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(SharedServer.EditorName, detail, StringComparison.Ordinal);

        Server.WriteBothTokens();
        Assert.Equal(HttpStatusCode.OK, await StatusWithin(editor, "/api/claims", HttpStatusCode.OK));
    }

    /// <summary>
    /// Asks until the answer is <paramref name="expected"/> (the server rereads its token file once a second) or 30 s pass:
    /// on a busy machine the reread and the answers come late, and waiting longer for the expected answer weakens nothing.
    /// </summary>
    private static async Task<HttpStatusCode> StatusWithin(HttpClient client, string url, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode == expected || DateTime.UtcNow > deadline)
            {
                return response.StatusCode;
            }

            await Task.Delay(100);
        }
    }
}
