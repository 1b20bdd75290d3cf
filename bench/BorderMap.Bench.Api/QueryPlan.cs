using System.Globalization;

namespace BorderMap.Bench.Api;

/// <summary>
/// A fixed, seeded list of analyst-style queries: a 2°×1.5° viewport somewhere over the area and a
/// 30-day window in 2021. Both our API and the GDAL peer answer the same list.
/// </summary>
internal sealed record Query(double MinLon, double MinLat, double MaxLon, double MaxLat, string From, string To)
{
    public string ApiQueryString => string.Create(CultureInfo.InvariantCulture, $"bbox={MinLon},{MinLat},{MaxLon},{MaxLat}&from={From}&to={To}");
}

internal static class QueryPlan
{
    public static int Write(int count, string output)
    {
        var random = new Random(42);
        var lines = Enumerable.Range(0, count).Select(_ =>
        {
            var lon = Math.Round(60 + (random.NextDouble() * 13.5), 3);
            var lat = Math.Round(29 + (random.NextDouble() * 11), 3);
            var start = new DateOnly(2021, 1, 1).AddDays(random.Next(335));
            return string.Create(CultureInfo.InvariantCulture, $"{lon} {lat} {lon + 2} {lat + 1.5} {start:yyyy-MM-dd} {start.AddDays(30):yyyy-MM-dd}");
        });
        File.WriteAllLines(output, lines);
        return 0;
    }

    public static IReadOnlyList<Query> Read(string path) =>
        [.. File.ReadAllLines(path).Select(line =>
        {
            var f = line.Split(' ');
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            return new Query(D(0), D(1), D(2), D(3), f[4], f[5]);
        })];
}
