using System.Globalization;
using System.Text.Json;
using BorderMap.Core.Geodata;

namespace BorderMap.Bench.Api;

/// <summary>One kind of request in the mixed load: its label, its share of the requests (weight), and how to send one.</summary>
internal sealed record RequestKind(string Label, int Weight, Func<HttpClient, Random, Task<Outcome>> Send);

/// <summary>
/// The request kinds of the mixed load and the seeded values they draw: the bbox + 30-day windows
/// of <see cref="QueryPlan"/>, tiles at zooms 4–12 along the Tajik–Afghan border, the Badakhshan
/// region panel, weekly histograms, words from the seed claims' places and quotes, and edits of
/// random synthetic claims.
/// </summary>
internal static class LoadKinds
{
    /// <summary>Points along the Panj from the Uzbek tripoint to the Wakhan's east end, roughly (lon, lat).</summary>
    private static readonly (double Lon, double Lat)[] Border =
        [(67.78, 37.19), (68.9, 37.3), (69.4, 37.2), (70.2, 37.9), (71.25, 38.0), (71.4, 37.3), (71.55, 36.8), (72.6, 37.0), (73.7, 37.25), (74.9, 37.24)];

    public static IReadOnlyList<RequestKind> All(int claims, IReadOnlyList<Query> queries, IReadOnlyList<string> words)
    {
        Query Window(Random random) => queries[random.Next(queries.Count)];
        var limitRefused = false;
        async Task<Outcome> Page(HttpClient http, Random random)
        {
            var query = Window(random);
            if (!limitRefused)
            {
                var outcome = await HttpTiming.Get(http, $"api/claims?{query.ApiQueryString}&limit=500", ReadPage);
                if (!(outcome.Status == 400 && outcome.Problem?.Contains("limit", StringComparison.Ordinal) == true))
                {
                    return outcome;
                }

                limitRefused = true;
            }

            return await HttpTiming.Get(http, $"api/claims?{query.ApiQueryString}", ReadPage) with { Note = "limit=500 answered 400 (unknown parameter), so timed without it: the whole answer" };
        }

        return
        [
            new("GET /api/claims?bbox&from&to&limit=500 (one page)", 30, Page),
            new("GET /api/tiles/claims/{z}/{x}/{y}.mvt (z 4–12, border)", 35, (http, random) => HttpTiming.Get(http, Tile(random))),
            new("GET /api/regions/AF-BDS?from&to (region panel)", 5, (http, random) => HttpTiming.Get(http, Region(Window(random)))),
            new("GET /api/claims/histogram?bin=week&from&to", 5, (http, random) => HttpTiming.Get(http, Histogram(random))),
            new("GET /api/search?q=…", 10, (http, random) => HttpTiming.Get(http, $"api/search?q={Uri.EscapeDataString(words[random.Next(words.Count)])}", ReadHits)),
            new("GET /api/claims/{id}", 5, (http, random) => HttpTiming.Get(http, $"api/claims/synthetic-{random.Next(claims)}")),
            new("PUT /api/claims/{id} If-Match (after an untimed GET)", 10, (http, random) => ClaimEdit.Send(http, $"synthetic-{random.Next(claims)}", random)),
        ];
    }

    /// <summary>Words that occur in synthetic claims: their title word, the seed claims' places, and long words of the seed quotes.</summary>
    public static IReadOnlyList<string> SearchWords(BorderMapData data) =>
    [
        "Synthetic",
        .. data.Claims.Select(c => c.Data.Place).Where(p => p.Length > 0),
        .. data.Claims.SelectMany(c => c.Data.Quote.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 7 && w.All(char.IsLetter)).Take(2)),
    ];

    private static string Tile(Random random)
    {
        var i = random.Next(Border.Length - 1);
        var t = random.NextDouble();
        var lon = Border[i].Lon + (t * (Border[i + 1].Lon - Border[i].Lon));
        var lat = (Border[i].Lat + (t * (Border[i + 1].Lat - Border[i].Lat))) * Math.PI / 180;
        var zoom = 4 + random.Next(9);
        var n = 1 << zoom;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var y = (int)Math.Floor((1 - (Math.Log(Math.Tan(lat) + (1 / Math.Cos(lat))) / Math.PI)) / 2 * n);
        return string.Create(CultureInfo.InvariantCulture, $"api/tiles/claims/{zoom}/{x}/{y}.mvt");
    }

    private static string Region(Query window) => $"api/regions/AF-BDS?from={window.From}&to={window.To}";

    private static string Histogram(Random random)
    {
        var from = new DateOnly(2021, 1, 1).AddDays(random.Next(200));
        return string.Create(CultureInfo.InvariantCulture, $"api/claims/histogram?bin=week&from={from:yyyy-MM-dd}&to={from.AddDays(60 + random.Next(105)):yyyy-MM-dd}");
    }

    /// <summary>The features of a page and whether its <c>next</c> cursor is set, read with a tokenizer over the whole body (every token read and checked, no document built).</summary>
    private static (int? Items, bool? Next) ReadPage(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        int? items = null;
        bool? next = null;
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("features"u8))
            {
                items = Elements(ref reader);
            }
            else if (name.SequenceEqual("next"u8))
            {
                next = reader.TokenType != JsonTokenType.Null;
            }
            else
            {
                reader.Skip();
            }
        }

        return (items, next);
    }

    private static (int? Items, bool? Next) ReadHits(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        return (reader.TokenType == JsonTokenType.StartArray ? Elements(ref reader) : null, null);
    }

    /// <summary>Counts the elements of the array whose start the reader is on, leaving it on the array's end.</summary>
    private static int Elements(ref Utf8JsonReader reader)
    {
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip();
            count++;
        }

        return count;
    }
}
