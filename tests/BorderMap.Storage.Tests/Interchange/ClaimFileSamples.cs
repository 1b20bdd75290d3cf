using System.Globalization;
using System.Text;

namespace BorderMap.Storage.Tests.Interchange;

/// <summary>Claim files written by hand for the reader tests: features and CSV rows that read as valid drafts.</summary>
internal static class ClaimFileSamples
{
    public const string CsvHeader = "id,title,category,event_date,time_precision,location,latitude,longitude,geo_precision,source,quote,translation";

    /// <summary>One valid claim feature; <paramref name="note"/> pads it to any size.</summary>
    public static string Feature(int i, string? note = null) => string.Create(
        CultureInfo.InvariantCulture,
        $$$"""{"type":"Feature","id":"c-{{{i}}}","geometry":{"type":"Point","coordinates":[70.1,37.1]},"properties":{"title":"Claim {{{i}}}","category":"statement","actors":["Tester"],"place":"Somewhere","areas":[],"geoPrecision":2,"eventDate":"2021-07-05","timePrecision":"day","reportedDate":"2021-07-05","source":"tj-af-border-2021-07-05","quote":{"text":"Taliban","start":252,"end":259},"translation":"Taliban","status":"reported"{{{(note is null ? string.Empty : $",\"note\":\"{note}\"")}}}}}""");

    public static string Collection(IEnumerable<string> features) => $"{{\"type\":\"FeatureCollection\",\"features\":[{string.Join(",\n", features)}]}}";

    public static string CsvRow(int i) => string.Create(CultureInfo.InvariantCulture, $"c-{i},Claim {i},statement,2021-07-05,day,Kabul,34.5,69.2,2,tj-af-border-2021-07-05,Taliban,Taliban");

    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
