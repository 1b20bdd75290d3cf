using System.Diagnostics;
using System.Globalization;

namespace BorderMap.Bench.Api;

/// <summary>
/// The peer: GDAL answering the same bbox + date queries from the same claims in a GeoPackage with
/// its R-tree, as a whole <c>ogr2ogr</c> process writing GeoJSON to stdout (so it includes process
/// start, which a server does not pay).
/// </summary>
internal static class GdalPeer
{
    public static int Measure(string geopackage, string queryFile, int count)
    {
        var times = new List<double>();
        foreach (var query in QueryPlan.Read(queryFile).Take(count))
        {
            var start = new ProcessStartInfo("ogr2ogr") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "-f", "GeoJSON", "/vsistdout/", geopackage, "-spat" })
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var value in new[] { query.MinLon, query.MinLat, query.MaxLon, query.MaxLat })
            {
                start.ArgumentList.Add(value.ToString(CultureInfo.InvariantCulture));
            }

            start.ArgumentList.Add("-where");
            start.ArgumentList.Add($"event_date >= '{query.From}' AND event_date <= '{query.To}'");
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"GDAL ogr2ogr -spat -where (whole process): {Percentiles.Summary(times)}");
        return 0;
    }
}
