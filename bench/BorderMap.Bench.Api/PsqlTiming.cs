using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BorderMap.Bench.Api;

/// <summary>
/// The PostGIS peer inside one session: <c>psql</c> with <c>\timing</c> runs the store's bbox + date
/// SQL with <c>LIMIT 500</c> (one page) for each planned query, so the figures are the database's
/// work plus the transfer to psql, without a process start per query (as <see cref="GdalPeer"/> pays).
/// The first ten queries warm the cache and are not counted. Selected as text, a page's items
/// (<c>bytea</c>) reach psql as hex, twice their bytes, which the app never receives: with
/// <c>binary</c> each page is a <c>COPY … TO STDOUT (FORMAT binary)</c>, the rows as the app reads them.
/// </summary>
internal static partial class PsqlTiming
{
    private const int WarmUp = 10;

    /// <summary><paramref name="database"/> is a libpq connection string; <paramref name="columns"/> what the SQL selects (a store keeps its page items in <c>page_json</c>).</summary>
    public static int Measure(string database, string queryFile, int count, string columns = "id, data, geom", bool binary = false)
    {
        var queries = QueryPlan.Read(queryFile).Take(count).ToList();
        var script = new StringBuilder("\\timing on\n");
        foreach (var query in queries.Take(WarmUp).Concat(queries))
        {
            var page = GdalPeer.StoreSql(query, columns) + " LIMIT 500";
            script.Append(binary ? $"COPY ({page}) TO STDOUT (FORMAT binary)" : page).Append(";\n");
        }

        var start = new ProcessStartInfo("psql") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-o", "/dev/null", "-d", database, "-f", "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var psql = Process.Start(start)!;
        psql.StandardInput.Write(script.ToString());
        psql.StandardInput.Close();
        var output = psql.StandardOutput.ReadToEnd();
        psql.WaitForExit();
        if (psql.ExitCode != 0)
        {
            throw new InvalidOperationException($"psql exited with {psql.ExitCode}");
        }

        var times = TimingLine().Matches(output).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Skip(WarmUp).ToList();
        var what = binary ? $"COPY (SELECT {columns} …) TO STDOUT (FORMAT binary)" : $"SELECT {columns}";
        Console.WriteLine($"| psql, one session, the store's bbox+date SQL with LIMIT 500 (\\timing), {what} | {Percentiles.Summary(times)} |");
        return 0;
    }

    [GeneratedRegex(@"^Time: ([0-9.]+) ms", RegexOptions.Multiline)]
    private static partial Regex TimingLine();
}
