using System.Diagnostics;
using System.Globalization;

namespace BorderMap.Bench.Api;

/// <summary>
/// The peers: public tools answering the same bbox + date queries as whole processes (so each
/// pays process start-up, which a server does not). GDAL's <c>ogr2ogr</c> reads the GeoPackage
/// with its R-tree, or runs the store's own SQL against PostGIS; <c>psql</c> runs that SQL too.
/// </summary>
internal static class GdalPeer
{
    /// <summary><paramref name="dateColumn"/> is <c>event_date</c> in the flat GeoJSON, <c>eventDate</c> where GDAL loaded the claims as the store keeps them.</summary>
    public static int Measure(string geopackage, string queryFile, int count, string dateColumn = "event_date") => Time(
        "GDAL ogr2ogr -spat -where (whole process)",
        queryFile,
        count,
        query => ("ogr2ogr", ["-f", "GeoJSON", "/vsistdout/", geopackage, "-spat", .. Box(query), "-where", $"{dateColumn} >= '{query.From}' AND {dateColumn} <= '{query.To}'"]));

    /// <summary><paramref name="database"/> is a libpq connection string, e.g. <c>host=127.0.0.1 port=5432 dbname=bench user=postgres</c>.</summary>
    public static int MeasurePostGis(string database, string queryFile, int count)
    {
        Time("GDAL ogr2ogr -sql against PostGIS (whole process)", queryFile, count, query => ("ogr2ogr", ["-f", "GeoJSON", "/vsistdout/", "PG:" + database, "-sql", StoreSql(query)]));
        return Time("psql -c against PostGIS (whole process)", queryFile, count, query => ("psql", ["-X", "-q", "-o", "/dev/null", "-d", database, "-c", StoreSql(query)]));
    }

    /// <summary>What the PostGIS store runs for a bbox + date filter's first page (see PostGisQuery and PostGisClaimStore.ReadPage), with the values written in: a page of whole claims selects <paramref name="columns"/>; the order by distance from the cursor needs schema 19.</summary>
    internal static string StoreSql(Query q, string columns = "id, data, geom")
    {
        var box = string.Create(CultureInfo.InvariantCulture, $"ST_MakeEnvelope({q.MinLon}, {q.MinLat}, {q.MaxLon}, {q.MaxLat}, 4326)");
        return $"SELECT {columns} FROM claims WHERE geom && {box} AND ST_Intersects(geom, {box}) AND period && daterange('{q.From}', '{q.To}', '[]') AND fid > 0::bigint ORDER BY fid <-> 0::bigint";
    }

    private static string[] Box(Query query) => [.. new[] { query.MinLon, query.MinLat, query.MaxLon, query.MaxLat }.Select(v => v.ToString(CultureInfo.InvariantCulture))];

    private static int Time(string label, string queryFile, int count, Func<Query, (string Tool, string[] Arguments)> command)
    {
        var times = new List<double>();
        foreach (var query in QueryPlan.Read(queryFile).Take(count))
        {
            var (tool, arguments) = command(query);
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} exited with {process.ExitCode}");
            }
        }

        Console.WriteLine($"{label}: {Percentiles.Summary(times)}");
        return 0;
    }
}
