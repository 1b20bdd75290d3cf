using System.Net;
using System.Text;
using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests;

/// <summary>Team mode: two <c>bordermap serve</c> processes on one throwaway PostGIS database, as two researchers run them.</summary>
public sealed class TeamReadTests(PostGisServer server) : IClassFixture<PostGisServer>
{
    private const string Window = "?bbox=70.5,37,70.7,37.2&from=2024-03-01&to=2024-03-31";

    [Fact]
    public async Task A_claim_written_through_one_instance_is_listed_and_unlisted_by_the_other_without_restart()
    {
        var database = await server.NewDatabaseAsync();
        await using var first = await AppProcess.Serve("--store", database);
        await using var second = await AppProcess.Serve("--store", database);
        using var writer = new HttpClient { BaseAddress = first.Url };
        using var reader = new HttpClient { BaseAddress = second.Url };
        Assert.Empty(await reader.ClaimIds(Window));

        var body = ClaimBodies.Valid("team-claim", p => (p["eventDate"], p["reportedDate"]) = ("2024-03-10", "2024-03-11"));
        using var created = await writer.PostAsync(new Uri("/api/claims", UriKind.Relative), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/geo+json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        Assert.Equal(["team-claim"], await reader.ClaimIds(Window));
        Assert.Equal(["team-claim"], await reader.ClaimIds(Window + "&fields=marker"));
        Assert.Empty(await reader.ClaimIds(Window.Replace("2024-03-31", "2024-03-09", StringComparison.Ordinal)));

        using var delete = new HttpRequestMessage(HttpMethod.Delete, new Uri("/api/claims/team-claim", UriKind.Relative));
        delete.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var deleted = await reader.SendAsync(delete);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await writer.ClaimIds(Window));
    }
}
