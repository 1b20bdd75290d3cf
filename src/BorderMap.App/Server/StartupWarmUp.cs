using System.Collections.Concurrent;
using System.Net.Sockets;
using BorderMap.Storage;

namespace BorderMap.App.Server;

/// <summary>
/// Asks a freshly started server, once and before its URL is printed, for what the web map's first
/// render asks for, so that the first user does not wait for their set-up: the runtime compiles the
/// request pipeline, the JSON writers, the store's queries and the tile encoder on first use, and the
/// store opens its connections. That cost 1.8–2.4 s of the server's CPU on the first page after start on a
/// busy 2-core machine (bench/RESULTS.md, Scale, firstrender8). Run after the URL, in the background, it
/// and the rest of a fresh server's set-up took about 2 s of CPU in the first seconds, on the two cores the
/// first requests and PostgreSQL need (fresh30). The requests are the bounded ones a first page makes
/// (one small page of claims, the counts, the month histogram, a few tiles), over loopback to the server's
/// own URL (<see cref="LoopbackRequest"/>); their answers are dropped. A server with a token file refuses them (the warm-up holds no token),
/// which still sets up the pipeline and the static files. Then it warms the write path without writing
/// (<see cref="EditWarmUp"/>). The requests take at most <see cref="Bound"/>: on a machine too busy for that
/// the URL comes on time and the first requests pay for the rest. The store's rehearsal of an edit on each
/// writing session runs beside them from the start and is not bounded: at load 58–73 the bound cut the
/// warm-up before it, and the first edits on the sessions opened mid-load were a fresh server's slowest,
/// 0.93–1.22 s (bench/RESULTS.md, Scale, page36 and page38).
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

    /// <summary>
    /// A page of whole claims under a box and a month (Khorog, July 2021), as an API client, QGIS or the
    /// source reader asks: the map asks for markers only, so a fresh server's first such page paid the
    /// first use of its path on the request's own thread: 289 methods compiled unoptimised, the generic
    /// instantiations over value types that ReadyToRun leaves to the JIT (the page's rows as tuples, its
    /// task, the async state machines of the writer and Kestrel's pipes; bench/RESULTS.md, Scale, page39).
    /// </summary>
    private static readonly string[] WholeClaims = ["api/claims?bbox=70.5,37.5,70.6,37.6&from=2021-07-01&to=2021-07-31&limit=100"];

    /// <summary>The longest the warm-up may hold back the URL.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    /// <summary>Warms the server at <paramref name="url"/> on <paramref name="store"/>, its requests for at most <see cref="Bound"/>, until <paramref name="stopping"/> fires; a failure only ends it.</summary>
    public static async Task RunAsync(string url, IClaimStore store, CancellationToken stopping)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        bounded.CancelAfter(Bound);
        var server = new Uri(url);
        var rehearsal = EditWarmUp.RehearseAsync(store, stopping);
        await AskFirstPageAsync(server, bounded.Token);
        await EditWarmUp.RefuseAsync(server, bounded.Token);
        await rehearsal;
    }

    /// <summary>
    /// The first page's requests in two streams at once, each taking the next request when its last
    /// one is answered, as a browser asks them over several connections. Asked one after another, the
    /// first-use compilation of each request path and PostgreSQL's first reads ran on one core of two:
    /// at 1,000,000 claims its 13 requests took 1.2 s of the server's CPU and 0.24 s of PostgreSQL's,
    /// which the URL waited for one by one (bench/RESULTS.md, Scale, page33 and start34).
    /// </summary>
    private static Task AskFirstPageAsync(Uri server, CancellationToken stopping)
    {
        var paths = new ConcurrentQueue<string>(FirstPage.Concat(Tiles).Concat(WholeClaims));
        return Task.WhenAll(AskInTurnAsync(server, paths, stopping), AskInTurnAsync(server, paths, stopping));
    }

    private static async Task AskInTurnAsync(Uri server, ConcurrentQueue<string> paths, CancellationToken stopping)
    {
        try
        {
            while (paths.TryDequeue(out var path))
            {
                await LoopbackRequest.SendAsync(server, "GET", path, stopping);
                StartupPhases.Ended($"/{path}");
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
        {
            // Only a warm-up: the first user's requests meet whatever is wrong and report it.
        }
    }
}
