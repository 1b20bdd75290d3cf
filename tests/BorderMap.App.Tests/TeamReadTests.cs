using System.Diagnostics;
using System.Net;
using System.Text;
using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests;

/// <summary>Team mode: two <c>bordermap serve</c> processes on one throwaway PostGIS database, as two researchers run them.</summary>
[Collection(PostGisTestGroup.Name)]
public sealed class TeamReadTests(PostGisServer server)
{
    private const string Window = "?bbox=70.5,37,70.7,37.2&from=2024-03-01&to=2024-03-31";

    [Fact]
    public async Task A_claim_written_through_one_instance_is_listed_and_unlisted_by_the_other_without_restart()
    {
        await using var team = await Team.StartAsync(server);
        var (writer, reader) = (team.First, team.Second);
        Assert.Empty(await reader.ClaimIds(Window));

        await Create(writer);

        Assert.Equal(["team-claim"], await reader.ClaimIds(Window));
        Assert.Equal(["team-claim"], await reader.ClaimIds(Window + "&fields=marker"));
        Assert.Empty(await reader.ClaimIds(Window.Replace("2024-03-31", "2024-03-09", StringComparison.Ordinal)));
        await Delete(reader);
        Assert.Empty(await writer.ClaimIds(Window));
    }

    [Fact]
    public async Task The_other_instance_serves_the_claim_by_id_within_seconds_and_forgets_it_after_a_delete()
    {
        await using var team = await Team.StartAsync(server);
        var (writer, reader) = (team.First, team.Second);

        await Create(writer);
        await WaitFor(reader, HttpStatusCode.OK);
        await Delete(writer);
        await WaitFor(reader, HttpStatusCode.NotFound);
    }

    private static async Task Create(HttpClient client)
    {
        var body = ClaimBodies.Valid("team-claim", p => (p["eventDate"], p["reportedDate"]) = ("2024-03-10", "2024-03-11"));
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/geo+json");
        using var created = await client.PostAsync(new Uri("/api/claims", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private static async Task Delete(HttpClient client)
    {
        using var delete = new HttpRequestMessage(HttpMethod.Delete, new Uri("/api/claims/team-claim", UriKind.Relative));
        delete.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var deleted = await client.SendAsync(delete);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    /// <summary>Asks for the claim until the instance answers <paramref name="status"/>.</summary>
    private static async Task WaitFor(HttpClient client, HttpStatusCode status)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/api/claims/team-claim", UriKind.Relative));
            if (response.StatusCode == status)
            {
                return;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"GET /api/claims/team-claim still answers {response.StatusCode} after 10 s");
            await Task.Delay(100);
        }
    }

    /// <summary>Two serve processes on a new database of the server, with a client for each.</summary>
    private sealed class Team(AppProcess first, AppProcess second) : IAsyncDisposable
    {
        public HttpClient First { get; } = new() { BaseAddress = first.Url };

        public HttpClient Second { get; } = new() { BaseAddress = second.Url };

        public static async Task<Team> StartAsync(PostGisServer server)
        {
            var database = await server.NewDatabaseAsync();
            var first = await AppProcess.Serve("--store", database);
            try
            {
                return new Team(first, await AppProcess.Serve("--store", database));
            }
            catch
            {
                await first.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            First.Dispose();
            Second.Dispose();
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }
}
