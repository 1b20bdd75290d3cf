using System.Globalization;
using BorderMap.Bench.Api;

// Benchmark driver for the claims API, the browser map and the scale run; bench/api/run.sh,
// bench/team/run.sh and bench/scale/run.sh run the whole comparisons.
return args switch
{
    ["generate", var claims, var output] => SyntheticClaims.Generate(N(claims), output),
    ["claims-file", var claims, var output] => SyntheticClaims.WriteImportFile(N(claims), output),
    ["queries", var count, var output] => QueryPlan.Write(N(count), output),
    ["load-postgis", var store, var claims] => await PostGisLoad.Run(store, N(claims)),
    ["api", var url, var queries] => await ApiLatency.Measure(new Uri(url), queries),
    ["api", var url, var queries, var fields] => await ApiLatency.Measure(new Uri(url), queries, fields),
    ["mixed", var url, var claims, var queries, var requests, var seconds, var clients] => await MixedLoad.Run(new Uri(url), N(claims), queries, N(requests), N(seconds), N(clients)),
    ["gdal", var gpkg, var queries, var count] => GdalPeer.Measure(gpkg, queries, N(count)),
    ["gdal", var gpkg, var queries, var count, var dateColumn] => GdalPeer.Measure(gpkg, queries, N(count), dateColumn),
    ["postgis-peers", var database, var queries, var count] => GdalPeer.MeasurePostGis(database, queries, N(count)),
    ["psql-timing", var database, var queries, var count] => PsqlTiming.Measure(database, queries, N(count)),
    ["psql-timing", var database, var queries, var count, var columns] => PsqlTiming.Measure(database, queries, N(count), columns),
    ["psql-timing", var database, var queries, var count, var columns, "binary"] => PsqlTiming.Measure(database, queries, N(count), columns, binary: true),
    ["browser", var url] => await BrowserTiming.Measure(new Uri(url)),
    ["browser", var url, var mode and ("profile" or "trace" or "first")] => await BrowserTiming.Measure(new Uri(url), mode),
    _ => Usage(),
};

static int N(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine(
        "usage: generate N DIR | claims-file N FILE | load-postgis STORE N | queries N FILE | api URL QUERIES [full|marker]"
        + " | mixed URL CLAIMS QUERIES REQUESTS SECONDS CLIENTS | gdal GPKG QUERIES N [DATECOLUMN] | postgis-peers LIBPQ QUERIES N"
        + " | psql-timing LIBPQ QUERIES N [COLUMNS [binary]] | browser URL [profile|trace|first]");
    return 2;
}
