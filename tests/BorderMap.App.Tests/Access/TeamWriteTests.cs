using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BorderMap.App.Access;
using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests.Access;

/// <summary>
/// A team at work through the API: twenty editors, each with their own token, on two app
/// instances sharing one PostGIS database, editing the same claims at once.
/// </summary>
[Collection(PostGisTestGroup.Name)]
public sealed class TeamWriteTests(PostGisServer postgis)
{
    private const int Editors = 20;
    private const int Rounds = 8;
    private static readonly string[] ClaimIds = ["shared-a", "shared-b", "shared-c"];

    [Fact]
    public async Task Twenty_editors_on_two_instances_lose_no_update_get_409_or_412_and_are_named_in_the_history()
    {
        var tokenFile = Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N") + ".tokens");
        var secrets = Enumerable.Range(0, Editors).Select(_ => AccessToken.NewSecret()).ToArray();
        TokenFile.Write(tokenFile, secrets.Select((secret, i) => new AccessToken(AccessRole.Editor, EditorName(i), AccessToken.Hash(secret))));
        var database = await postgis.NewDatabaseAsync();
        var first = new TeamInstance(database, tokenFile);
        var second = new TeamInstance(database, tokenFile);
        await first.InitializeAsync();
        await second.InitializeAsync();
        var clients = secrets.Select((secret, i) => Client(i % 2 == 0 ? first : second, secret)).ToArray();
        try
        {
            await EditTogether(clients);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }

            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static async Task EditTogether(HttpClient[] clients)
    {
        // All twenty create the same claims at once: one creation each wins, the rest get 409.
        var creations = await Task.WhenAll(clients.SelectMany(c => ClaimIds.Select(id => c.PostAsJsonAsync(new Uri("/api/claims", UriKind.Relative), ClaimBodies.Valid(id)))));
        Assert.Equal(ClaimIds.Length, creations.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(creations, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, r.StatusCode.ToString()));

        var wins = new ConcurrentBag<(string Id, int Version, string Place, string Editor)>();
        var stale = 0;
        await Task.WhenAll(clients.Select((client, editor) => Task.Run(async () =>
        {
            for (var round = 0; round < Rounds; round++)
            {
                var id = ClaimIds[(editor + round) % ClaimIds.Length];
                using var current = await client.GetAsync(new Uri($"/api/claims/{id}", UriKind.Relative));
                var version = current.Headers.ETag!.Tag;
                var place = $"{EditorName(editor)}, round {round}";
                using var edit = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/claims/{id}", UriKind.Relative))
                {
                    Content = JsonContent.Create(ClaimBodies.Valid(id, p => p["place"] = place)),
                };
                edit.Headers.TryAddWithoutValidation("If-Match", version);
                using var response = await client.SendAsync(edit);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    wins.Add((id, int.Parse(response.Headers.ETag!.Tag.Trim('"'), CultureInfo.InvariantCulture), place, EditorName(editor)));
                }
                else
                {
                    Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
                    var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                    Assert.True(problem.GetProperty("currentVersion").GetInt32() > int.Parse(version.Trim('"'), CultureInfo.InvariantCulture));
                    Interlocked.Increment(ref stale);
                }
            }
        })));

        Assert.True(stale > 0, "overlapping editors must have conflicted");
        Assert.Equal(Editors * Rounds, wins.Count + stale);
        foreach (var id in ClaimIds)
        {
            // Every accepted edit is one history entry under its editor's name, versions without gaps, none lost.
            var history = (await clients[1].GetOk($"/api/claims/{id}/history")).EnumerateArray().ToList();
            var won = wins.Where(w => w.Id == id).OrderBy(w => w.Version).ToList();
            Assert.Equal(Enumerable.Range(1, won.Count + 1), history.Select(h => h.GetProperty("version").GetInt32()));
            Assert.Equal(won.Select(w => w.Editor), history.Skip(1).Select(h => h.GetProperty("actor").GetString()));
            Assert.Equal(won.Select(w => w.Place), history.Skip(1).Select(h => h.GetProperty("newValue").GetProperty("properties").GetProperty("place").GetString()));
            var latest = await clients[0].GetOk($"/api/claims/{id}");
            Assert.Equal(won[^1].Place, latest.GetProperty("properties").GetProperty("place").GetString());
        }
    }

    private static string EditorName(int index) => string.Create(CultureInfo.InvariantCulture, $"Editor {index + 1:00}");

    private static HttpClient Client(StoreServer instance, string secret) =>
        new() { BaseAddress = instance.Url, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", secret) } };

    /// <summary>One app instance on the shared database, letting in the holders of the team's token file.</summary>
    private sealed class TeamInstance(string database, string tokenFile) : StoreServer(database)
    {
        private protected override ServerOptions Options() => new() { Tokens = new TokenRegistry(tokenFile, TimeProvider.System) };
    }
}
