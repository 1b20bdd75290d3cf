using System.Text;
using BorderMap.Storage;
using BorderMap.Storage.Tests;
using Microsoft.Data.Sqlite;

namespace BorderMap.App.Tests.Hardening.BadInput;

/// <summary>
/// Bad command-line input and bad files, each run through the real <c>bordermap</c> process: exit 2
/// with one line naming the file's position or the option, no stack trace, and a store that holds
/// the same claims afterwards. The files are constructed here.
/// </summary>
public sealed class CommandLineBadInputTests : IAsyncLifetime
{
    private const string CsvHeader = "id,title,category,event_date,time_precision,location,latitude,longitude,geo_precision,source,quote,translation,notes\n";
    private const string CsvRow = "cli-row,TITLE,statement,2021-07-05,day,Kabul,34.5,69.2,2,tj-af-border-2021-07-05,1.037 tentara,Soldiers,Note\n";
    private const string Feature = """{"type":"Feature","geometry":{"type":"Point","coordinates":[69.2,34.5]},"properties":{"title":TITLE}}""";

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(StoreTestEnvironment.Folder, Guid.NewGuid().ToString("N"))).FullName;
    private readonly string _store = StoreTestEnvironment.NewStorePath();

    public static TheoryData<string, string[], string> ImportFiles => new()
    {
        { "invalid UTF-8 in a CSV cell", ["bad.csv", "csv-ff"], "row 2" },
        { "a CSV record over the 1 MiB cap", ["long.csv", "csv-long"], "row 2" },
        { "a NUL in a CSV title", ["nul.csv", "csv-nul"], "title" },
        { "a CSV title of 301 characters", ["title.csv", "csv-301"], "title" },
        { "a CSV header naming a column twice (found by fuzzing)", ["twice.csv", "csv-twice"], "column 'translation' appears more than once" },
        { "invalid UTF-8 in a GeoJSON string", ["bad.geojson", "json-ff"], "byte " },
        { "1e400 in GeoJSON", ["big.geojson", "json-1e400"], "1e400" },
        { "a lone surrogate in GeoJSON", ["sur.geojson", "json-surrogate"], "lone surrogate" },
        { "a misspelt FeatureCollection", ["typo.geojson", "json-typo"], "\"FeatureColection\"" },
        { "no features member", ["nofeatures.geojson", "json-nofeatures"], "\"features\"" },
        { "features not an array", ["notarray.geojson", "json-notarray"], "\"features\" is" },
        { "a bare Feature", ["bare.geojson", "json-bare"], "FeatureCollection" },
        { "a GeoJSON NUL title", ["nul.geojson", "json-nul"], "U+0000" },
        { "a directory", ["dir.csv", "dir"], "is a directory" },
        { "a FIFO", ["pipe.geojson", "fifo"], "FIFO" },
        { "a missing file", ["missing.csv", "none"], "does not exist" },
        { "an unknown extension", ["claims.txt", "csv-ok"], ".csv" },
    };

    public async Task InitializeAsync() =>
        await StoreLocation.Open(_store, StoreServer.Geodata.Areas, StoreSeed.From(StoreServer.Geodata)).DisposeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(ImportFiles))]
    public async Task A_bad_import_file_exits_2_naming_the_position_and_imports_nothing(string name, string[] file, string named)
    {
        var path = await Create(file[0], file[1]);
        var before = Fingerprint(_store);

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("claims", "import", path, "--store", _store);

        Assert.True(exitCode == 2, $"{name}: exit {exitCode}: {stderr}");
        Assert.Contains(named, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(_store));
    }

    public static TheoryData<string, string[], string> BadArguments => new()
    {
        { "--out in a missing directory", ["claims", "export", "--format", "csv", "--out", "missing/x.csv"], "does not exist" },
        { "--out a directory as gpkg", ["claims", "export", "--format", "gpkg", "--out", "."], "is a directory" },
        { "--out under /proc", ["claims", "export", "--out", "/proc/self/x.geojson"], "--out" },
        { "--out without a format", ["claims", "export", "--out", "claims.txt"], "--format" },
        { "an unknown format", ["claims", "export", "--format", "xls", "--out", "x.xls"], "xls" },
        { "an unknown option", ["claims", "export", "--bogus"], "--bogus" },
        { "serve with a FIFO token file", ["serve", "--no-browser", "--port", "0", "--token-file", "FIFO"], "FIFO" },
        { "serve with a directory token file", ["serve", "--no-browser", "--port", "0", "--token-file", "."], "directory" },
        { "serve on port 70000", ["serve", "--no-browser", "--port", "70000"], "port" },
        { "import without a file", ["claims", "import"], "import" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task A_bad_argument_exits_2_with_one_line(string name, string[] args, string named)
    {
        var fifo = await Create("tokens.fifo", "fifo");
        string[] resolved = [.. args.Select(a => a switch { "FIFO" => fifo, "missing/x.csv" => Path.Combine(_folder, a), "." => _folder, _ => a }), "--store", _store];
        var before = Fingerprint(_store);

        var (exitCode, _, stderr) = await AppProcess.RunToEnd(resolved);

        Assert.True(exitCode == 2, $"{name}: exit {exitCode}: {stderr}");
        Assert.Contains(named, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(_store));
    }

    /// <summary>The store's claims and versions, read straight from the file.</summary>
    internal static string Fingerprint(string store)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) || ':' || group_concat(id || '@' || version, ',') FROM (SELECT id, version FROM claims ORDER BY id)";
        return (string)command.ExecuteScalar()!;
    }

    private async Task<string> Create(string name, string kind)
    {
        var path = Path.Combine(_folder, name);
        switch (kind)
        {
            case "dir":
                Directory.CreateDirectory(path);
                break;
            case "fifo":
                if (!File.Exists(path))
                {
                    Assert.Equal(0, (await ExternalTool.Run("mkfifo", path)).ExitCode);
                }

                break;
            case "none":
                break;
            default:
                await File.WriteAllBytesAsync(path, Content(kind));
                break;
        }

        return path;
    }

    private static byte[] Content(string kind) => kind switch
    {
        "csv-ok" => Utf8(CsvHeader + CsvRow.Replace("TITLE", "Fine", StringComparison.Ordinal)),
        "csv-ff" => [.. Utf8(CsvHeader + "cli-row,"), 0xFF, 0xFE, .. Utf8(CsvRow["cli-row,TITLE".Length..])],
        "csv-long" => Utf8(CsvHeader + CsvRow.Replace("TITLE", new string('x', (1 << 20) + 10), StringComparison.Ordinal)),
        "csv-nul" => Utf8(CsvHeader + CsvRow.Replace("TITLE", "a\u0000b", StringComparison.Ordinal)),
        "csv-twice" => Utf8(CsvHeader.Replace("notes", "translation", StringComparison.Ordinal) + CsvRow.Replace("TITLE", "Twice", StringComparison.Ordinal)),
        "csv-301" => Utf8(CsvHeader + CsvRow.Replace("TITLE", new string('t', 301), StringComparison.Ordinal)),
        "json-ff" => [.. Utf8("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"title\":\"a"), 0xFF, .. Utf8("\"}}]}")],
        "json-1e400" => Collection(Feature.Replace("TITLE", "1e400", StringComparison.Ordinal)),
        "json-surrogate" => Collection(Feature.Replace("TITLE", "\"\\ud800\"", StringComparison.Ordinal)),
        "json-nul" => Collection(ValidGeoJsonFeature("a\\u0000b")),
        "json-typo" => Utf8("""{"type":"FeatureColection","features":[]}"""),
        "json-nofeatures" => Utf8("""{"type":"FeatureCollection"}"""),
        "json-notarray" => Utf8("""{"type":"FeatureCollection","features":{}}"""),
        "json-bare" => Utf8(ValidGeoJsonFeature("Bare")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string ValidGeoJsonFeature(string title) =>
        ClaimBodies.Valid("cli-feature", p => p["title"] = "TITLE").ToJsonString().Replace("\"TITLE\"", $"\"{title}\"", StringComparison.Ordinal);

    private static byte[] Collection(string feature) => Utf8("""{"type":"FeatureCollection","features":[""" + feature + "]}");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
