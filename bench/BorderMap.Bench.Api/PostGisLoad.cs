using System.Diagnostics;
using BorderMap.Core.Geodata;
using BorderMap.Storage;
using BorderMap.Storage.PostGis;
using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace BorderMap.Bench.Api;

/// <summary>
/// Fills a PostGIS store with the synthetic claims through the store's own bulk import, the path
/// <c>bordermap claims import</c> takes: every claim validated (its quote against the source) and
/// placed, then claims and their history entries written with binary <c>COPY</c> in one
/// transaction. No GeoJSON file in between: at a million claims it would be 1.5 GB to write and parse.
/// </summary>
internal static class PostGisLoad
{
    public static async Task<int> Run(string store, int count)
    {
        var clock = Stopwatch.StartNew();
        var data = GeodataLoader.Load(Repository.GeodataDirectory());
        var wgs84 = NtsGeometryServices.Instance.CreateGeometryFactory(4326);
        var drafts = SyntheticClaims.Create(count, data).Select(c => new ClaimDraft(c.Id, c.Data, wgs84.CreatePoint(new Coordinate(c.Lon, c.Lat)))).ToList();
        Console.WriteLine($"generated {drafts.Count:N0} claims in {clock.Elapsed.TotalSeconds:0.0} s");

        clock.Restart();
        await using var postgis = PostGisClaimStore.Open(store, data.Areas, StoreSeed.From(data));
        var printed = 0;

        // The import reports its last chunk and then its total, which are the same count: print it once.
        var progress = new Progress<int>(written =>
        {
            if (written % 100_000 == 0 && Interlocked.Exchange(ref printed, written) != written)
            {
                Console.WriteLine($"  {written:N0} written after {clock.Elapsed.TotalSeconds:0} s");
            }
        });
        var report = await postgis.ImportAsync(drafts, new ImportOptions(Actor: "bench", Progress: progress));
        Console.WriteLine($"store bulk import of {report.Created:N0} claims (validate, place, COPY claims and history, one transaction): {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
