using BorderMap.Bench.Api;

// Benchmark driver for the claims API and the browser map; bench/api/run.sh runs the whole comparison.
return args switch
{
    ["generate", var claims, var output] => SyntheticClaims.Generate(int.Parse(claims, System.Globalization.CultureInfo.InvariantCulture), output),
    ["queries", var count, var output] => QueryPlan.Write(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), output),
    ["load-postgis", var store, var claims] => await PostGisLoad.Run(store, int.Parse(claims, System.Globalization.CultureInfo.InvariantCulture)),
    ["api", var url, var queries] => await ApiLatency.Measure(new Uri(url), queries),
    ["api", var url, var queries, var fields] => await ApiLatency.Measure(new Uri(url), queries, fields),
    ["gdal", var gpkg, var queries, var count] => GdalPeer.Measure(gpkg, queries, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["postgis-peers", var database, var queries, var count] => GdalPeer.MeasurePostGis(database, queries, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["browser", var url] => await BrowserTiming.Measure(new Uri(url)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate N DIR | load-postgis STORE N | queries N FILE | api URL QUERIES [full|marker] | gdal GPKG QUERIES N | postgis-peers LIBPQ QUERIES N | browser URL");
    return 2;
}
