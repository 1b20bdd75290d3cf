using BorderMap.Bench.Api;

// Benchmark driver for the claims API and the browser map; bench/api/run.sh runs the whole comparison.
return args switch
{
    ["generate", var claims, var output] => SyntheticClaims.Generate(int.Parse(claims, System.Globalization.CultureInfo.InvariantCulture), output),
    ["queries", var count, var output] => QueryPlan.Write(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), output),
    ["api", var url, var queries] => await ApiLatency.Measure(new Uri(url), queries),
    ["gdal", var gpkg, var queries, var count] => GdalPeer.Measure(gpkg, queries, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["browser", var url] => await BrowserTiming.Measure(new Uri(url)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate N DIR | queries N FILE | api URL QUERIES | gdal GPKG QUERIES N | browser URL");
    return 2;
}
