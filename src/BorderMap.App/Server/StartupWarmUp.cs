using BorderMap.Storage;

namespace BorderMap.App.Server;

/// <summary>
/// Asks a freshly started server, once and in the background, for what the web map's first render
/// asks for, so that the first user does not wait for their set-up: the runtime compiles the request
/// pipeline, the JSON writers, the store's queries and the tile encoder on first use, and the store
/// opens its connections. That cost 1.8–2.4 s of the server's CPU on the first page after start on a
/// busy 2-core machine (bench/RESULTS.md, Scale, firstrender8). The requests are the bounded ones a
/// first page makes (one small page of claims, the counts, the month histogram, a few tiles), over
/// loopback to the server's own URL; their answers are dropped. A server with a token file refuses
/// them (the warm-up holds no token), which still sets up the pipeline and the static files.
/// Then it warms the write path without writing (<see cref="EditWarmUp"/>).
/// </summary>
internal static class StartupWarmUp
{
    /// <summary>Whole-collection requests of a first page, in the order the web map asks for them.</summary>
    private static readonly string[] FirstPage =
    [
        "",
        "api/session",
        "api/style",
        "api/layers",
        "api/regions",
        "api/claims/facets",
        "api/claims?sort=date&fields=marker&limit=100",
        "api/claims/histogram?bin=month",
        "api/basemap",
        "api/events?bbox=60,30,80,45&limit=200",
        "api/changes",
    ];

    /// <summary>Tiles of the border in the default view (zoom 4, clustered) and close up (zoom 12, single claims).</summary>
    private static readonly string[] Tiles = ["api/tiles/claims/4/11/6.mvt", "api/tiles/claims/12/2844/1587.mvt"];

    /// <summary>Starts the warm-up of the server at <paramref name="url"/> on <paramref name="store"/>; it stops when <paramref name="stopping"/> fires, and a failure only ends it.</summary>
    public static void Start(string url, IClaimStore store, CancellationToken stopping) =>
        _ = Task.Run(
            async () =>
            {
                using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
                await AskFirstPageAsync(client, stopping);
                await EditWarmUp.RunAsync(client, store, stopping);
            },
            stopping);

    private static async Task AskFirstPageAsync(HttpClient client, CancellationToken stopping)
    {
        try
        {
            foreach (var path in FirstPage.Concat(Tiles))
            {
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, stopping);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Only a warm-up: the first user's requests meet whatever is wrong and report it.
        }
    }
}
