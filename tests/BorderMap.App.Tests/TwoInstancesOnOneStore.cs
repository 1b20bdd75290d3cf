using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests;

/// <summary>
/// Two app instances on one store, as a team runs them: what is written through one shows on the
/// other within 2 s in every view (the claims page, a map tile, the region panel, the search, the
/// change poll), because no instance keeps claims of its own. Run on a GeoPackage file and on PostGIS.
/// </summary>
public abstract class TwoInstancesOnOneStore
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(2);

    /// <summary>Well inside a long poll's 25 s hold, and longer than a write and a wake-up take on a loaded machine.</summary>
    private static readonly TimeSpan WokenByTheWrite = TimeSpan.FromSeconds(20);

    /// <summary>Where the claim is written: Fayzabad, Badakhshan (see <see cref="ClaimBodies"/>).</summary>
    private const double Lon = 70.58;
    private const double Lat = 37.12;

    [Fact]
    public async Task A_claim_written_on_one_shows_on_the_other_in_the_list_a_tile_the_region_panel_and_the_search()
    {
        await using var team = await StartAsync();
        var word = "zorvand" + Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        var id = "shared-" + word;
        var tile = TileAt(12);

        await Create(team.First.Client, id, $"Claim {word} written on the first instance");

        var reader = team.Second.Client;
        Assert.True(await Eventually.Within(Fresh, async () => (await reader.ClaimIds("?limit=5000&fields=marker")).Contains(id)), "claims page");
        Assert.True(await Eventually.Within(Fresh, async () => Contains(await reader.GetByteArrayAsync(new Uri(tile, UriKind.Relative)), id)), "tile " + tile);
        Assert.True(await Eventually.Within(Fresh, async () => RegionClaimIds(await reader.GetOk("/api/regions/AF-BDS")).Contains(id)), "region panel");
        Assert.True(await Eventually.Within(Fresh, async () => SearchIds(await reader.GetOk("/api/search?q=" + word)).Contains(id)), "search");
    }

    [Fact]
    public async Task A_change_poll_on_one_instance_answers_when_the_other_writes()
    {
        await using var team = await StartAsync();
        var before = (await team.Second.Client.GetOk("/api/changes")).GetProperty("position").GetString();
        var held = Stopwatch.StartNew();
        var poll = team.Second.Client.GetOk($"/api/changes?after={before}&timeout=25");

        await Create(team.First.Client, "shared-change", "Claim that moves the store");

        // Unwoken, the poll answers after its 25 s hold, with the moved position too; only the time tells them apart.
        Assert.NotEqual(before, (await poll).GetProperty("position").GetString());
        Assert.True(held.Elapsed < WokenByTheWrite, $"the poll answered {held.Elapsed.TotalSeconds:0.0} s into its 25 s hold: the write did not wake it");
    }

    /// <summary>Two instances on a new store of the backend under test.</summary>
    private protected abstract Task<Team> StartAsync();

    /// <summary>The tile URL at <paramref name="zoom"/> holding the claim's anchor.</summary>
    private static string TileAt(int zoom)
    {
        var size = 2 * TileAddress.WorldHalfWidth / (1 << zoom);
        var x = (int)((TileAddress.MercatorX(Lon) + TileAddress.WorldHalfWidth) / size);
        var y = (int)((TileAddress.WorldHalfWidth - TileAddress.MercatorY(Lat)) / size);
        return string.Create(CultureInfo.InvariantCulture, $"/api/tiles/claims/{zoom}/{x}/{y}.mvt");
    }

    /// <summary>Whether a tile holds a claim's id: single-claim tiles carry it as a string value.</summary>
    private static bool Contains(byte[] tile, string id) => Encoding.UTF8.GetString(tile).Contains(id, StringComparison.Ordinal);

    private static string[] RegionClaimIds(JsonElement panel) =>
        [.. panel.GetProperty("claimsByCategory").EnumerateArray().SelectMany(c => c.GetProperty("claimIds").EnumerateArray()).Select(i => i.GetString()!)];

    private static string[] SearchIds(JsonElement hits) =>
        [.. hits.EnumerateArray().Where(h => h.GetProperty("kind").GetString() == "claim").Select(h => h.GetProperty("id").GetString()!)];

    private static async Task Create(HttpClient client, string id, string title)
    {
        var body = ClaimBodies.Valid(id, p => p["title"] = title);
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/geo+json");
        using var created = await client.PostAsync(new Uri("/api/claims", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    /// <summary>Two in-process app instances on one store location.</summary>
    private protected sealed class Team(StoreServer first, StoreServer second) : IAsyncDisposable
    {
        public StoreServer First { get; } = first;

        public StoreServer Second { get; } = second;

        public static async Task<Team> StartAsync(string location)
        {
            var first = new StoreServer(location);
            await first.InitializeAsync();
            var second = new StoreServer(location);
            await second.InitializeAsync();
            return new Team(first, second);
        }

        public async ValueTask DisposeAsync()
        {
            await First.DisposeAsync();
            await Second.DisposeAsync();
        }
    }
}

/// <summary>Two instances on one GeoPackage file.</summary>
public sealed class TwoInstancesOnOneGeoPackage : TwoInstancesOnOneStore
{
    private protected override Task<Team> StartAsync() => Team.StartAsync(StoreTestEnvironment.NewStorePath());
}

/// <summary>Two instances on one PostGIS database.</summary>
[Collection(PostGisTestGroup.Name)]
public sealed class TwoInstancesOnOnePostGis(PostGisServer server) : TwoInstancesOnOneStore
{
    private protected override async Task<Team> StartAsync() => await Team.StartAsync(await server.NewDatabaseAsync());
}
