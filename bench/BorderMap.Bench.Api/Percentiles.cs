using System.Globalization;

namespace BorderMap.Bench.Api;

internal static class Percentiles
{
    public static string Summary(IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"n={sorted.Length} p50={At(0.50):0.0} ms p95={At(0.95):0.0} ms p99={At(0.99):0.0} ms max={sorted[^1]:0.0} ms");
    }
}
