using System.Text;

namespace BorderMap.Fuzz;

/// <summary>Inputs known to trouble parsers, per format: the fuzzer's dictionary.</summary>
internal static class Tokens
{
    /// <summary>Text every format and parameter gets: encodings, numbers, dates, sizes.</summary>
    private static readonly string[] Common =
    [
        "", " ", "\t", "\n", "\r\n", "\u0000", "\u0001", "\u007f", "\u00a0", "\u200c", "\ufeff", "\ufffd", "é", "Бадахшан", "بدخشان", "😀",
        "0", "-0", "-1", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1e400", "-1e400", "1e-400", "NaN", "Infinity", "-Infinity",
        "0x10", "1_000", "١٢٣", "1,5", "1.5", "1e308", "4.9e-324", "0.0000001",
        "2021-07-05", "2021-02-30", "2021-13-01", "0001-01-01", "0099-12-31", "1799-12-31", "1800-01-01", "2100-12-31", "2101-01-01", "9999-12-31",
        "10000-01-01", "2021-7-5", "2021-07-05T00:00:00Z", "2021-07-05T25:00:00+14:00", "yesterday",
        "AF-BDS", "af-bds", "TJ-GB", "AF", "XX-YY", "statement", "clash", "reported", "corroborated", "disputed", "day", "week", "month", "year",
        "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "'=1+1", "%00", "%ff", "../../etc/passwd", "\\", "\"", "'", ",", ";",
    ];

    private static readonly string[] Json =
    [
        "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u0000\"", "\"\\\"", "\\u", "\"", "{", "}", "[", "]", ":", ",", "null", "true", "false", "[]", "{}",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\"type\"", "\"Feature\"", "\"FeatureCollection\"", "\"features\"",
        "\"geometry\"", "\"properties\"", "\"coordinates\"", "\"Point\"", "\"Polygon\"", "\"LineString\"", "\"MultiPolygon\"", "\"GeometryCollection\"",
        "\"sources\"", "\"quote\"", "\"refs\"", "\"numbers\"", "\"actors\"", "\"areas\"", "[0,0]", "[180.0001,90]", "[1e400,0]", "[0]", "[0,0,0,0,0]",
        "[[0,0],[1,1],[1,0],[0,1],[0,0]]", "[[[0,0],[1,1],[1,0],[0,1],[0,0]]]", "[[[69,37],[70,38],[70,37],[69,38],[69,37]]]", "\"id\":\"x\",\"id\":\"y\",",
    ];

    private static readonly string[] Csv =
    [
        "\"", "\"\"", ",", "\n", "\r", "\r\n", ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,", "\"a\nb\"", "\"a,b\"", "=1+1", "'=1+1", "+1", "-1", "@x", "\t=1",
        "id", "title", "latitude", "longitude", "geo_precision", "time_precision", "event_date", "actors", "numbers", "areas", "refs",
        "1,2,3", "91", "-181", "37.5", "69.9", "5", "0",
    ];

    public static IReadOnlyList<byte[]> ForJson { get; } = Bytes(Common.Select(Quoted).Concat(Common).Concat(Json));

    public static IReadOnlyList<byte[]> ForCsv { get; } = Bytes(Common.Concat(Csv)).Concat([[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82]]).ToList();

    /// <summary>Values for query parameters and options: the common ones and some longer, listed or repeated ones.</summary>
    public static IReadOnlyList<string> ForParameters { get; } =
    [
        .. Common, new string('x', 10_000), "A4-landscape", "A0-portrait", "A4", "letter", "png", "svg", "pdf", "gif", "mp4", "png-seq", "true", "false",
        "cumulative", "7", "3660", "3661", "1000", "1001", "2400", "2401", "36", "35", "20000", "20001", "48", "49", "30", "31",
        "countries,provinces,rivers,towns,claims", "countries,,", "original", "translation", "both", "en", "ru", "fa", "tg", "de", "A,B,C,D,E,F", "G",
        "1,2,3,4", "66,36,76,40", "76,40,66,36", "-180,-90,180,90", "181,91,-181,-91", "1,1,1,1", "NaN,NaN,NaN,NaN", "1e308,1e308,1e309,1e309", "1,2,3",
        "statement,clash", "statement,", ",statement", "known-claim", "unknown-claim", "2021-07-05,2021-07-06", "2021-07-06,2021-07-05",
        string.Join(',', Enumerable.Range(0, 49).Select(d => new DateOnly(2021, 1, 1).AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
    ];

    private static string Quoted(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static List<byte[]> Bytes(IEnumerable<string> texts) => [.. texts.Select(Encoding.UTF8.GetBytes)];
}
