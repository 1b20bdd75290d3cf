using System.Text;
using System.Text.Json.Nodes;

namespace BorderMap.App.Tests.Hardening.BadInput;

/// <summary>
/// The table of bad HTTP input (constructed for these tests): malformed JSON on every body, text
/// with control characters and over the size limits in every text field, dates outside the
/// accepted range, bad query parameters and headers.
/// </summary>
internal static class HttpBadInputCases
{
    public const string ExistingClaim = "tj-bds-border-length";

    private static readonly string[] ControlCharacters = ["\u0000", "\u0001", "\u0007", "\b", "\u000B", "\f", "\r", "\u001B", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F"];

    private static readonly (HttpMethod Method, string Path)[] Bodies =
        [(HttpMethod.Post, "/api/claims"), (HttpMethod.Put, $"/api/claims/{ExistingClaim}"), (HttpMethod.Post, "/api/sources")];

    public static IEnumerable<BadRequest> All() =>
        MalformedJson().Concat(ClaimTexts()).Concat(ClaimLimits()).Concat(ClaimDates()).Concat(SourceTexts()).Concat(QueryParameters()).Concat(Headers());

    /// <summary>Every body endpoint gets each malformed document; the problem names the body and, where there is one, the path to the bad value.</summary>
    private static IEnumerable<BadRequest> MalformedJson()
    {
        (string Name, byte[] Body, string Field)[] documents =
        [
            ("lone high surrogate", Utf8("""{"title": "a\ud800b"}"""), "body.title"),
            ("lone low surrogate", Utf8("""{"title": "\udc00"}"""), "body.title"),
            ("surrogate in a member name", Utf8("""{"\ud800": 1}"""), "body"),
            ("number 1e400", Utf8("""{"geoPrecision": 1e400}"""), "body.geoPrecision"),
            ("number -1e400", Utf8("""{"numbers": {"dead": -1e400}}"""), "body.numbers.dead"),
            ("invalid UTF-8 byte", [.. Utf8("{\"title\": \"a"), 0xFF, .. Utf8("b\"}")], "body.title"),
            ("overlong UTF-8", [.. Utf8("{\"title\": \""), 0xC0, 0x80, .. Utf8("\"}")], "body.title"),
            ("truncated UTF-8 sequence", [.. Utf8("{\"title\": \"x"), 0xE2, 0x82, .. Utf8("\"}")], "body.title"),
            ("invalid UTF-8 in an array", [.. Utf8("{\"actors\": [\"ok\", \""), 0xFE, .. Utf8("\"]}")], "body.actors[1]"),
            ("truncated document", Utf8("""{"type": "Feature", "properties": {"""), "body"),
            ("empty body", [], "body"),
            ("trailing garbage", Utf8("""{} x"""), "body"),
            ("NaN literal", Utf8("""{"geoPrecision": NaN}"""), "body"),
            ("single quotes", Utf8("""{'title': 'x'}"""), "body"),
            ("nesting deeper than 64", Utf8(new string('[', 100) + new string(']', 100)), "body"),
        ];
        foreach (var (method, path) in Bodies)
        {
            foreach (var (name, body, field) in documents)
            {
                yield return BadRequest.Raw($"{method} {path}: {name}", method, path, body, field);
            }
        }

        yield return BadRequest.Json("claim: misspelt Feature type", HttpMethod.Post, "/api/claims", """{"type": "Featur", "properties": {}}""", "type");
        yield return BadRequest.Json("claim: no type", HttpMethod.Post, "/api/claims", """{"properties": {}}""", "type");
        yield return BadRequest.Json("claim: null", HttpMethod.Post, "/api/claims", "null", "type");
        yield return BadRequest.Json("claim: an array", HttpMethod.Post, "/api/claims", "[]", "type");
        yield return BadRequest.Json("claim: no properties", HttpMethod.Post, "/api/claims", """{"type": "Feature"}""", "properties");
        yield return BadRequest.Json("source: an array", HttpMethod.Post, "/api/sources", "[1]", "body");
    }

    private static IEnumerable<BadRequest> ClaimTexts()
    {
        foreach (var c in ControlCharacters)
        {
            var code = $"U+{(int)c[0]:X4}";
            yield return Claim($"title with {code}", p => p["title"] = $"a{c}b", "title");
            yield return Claim($"place with {code}", p => p["place"] = $"Fayz{c}abad", "place");
            yield return Claim($"translation with {code}", p => p["translation"] = $"{c}text", "translation");
            yield return Claim($"note with {code}", p => p["note"] = $"note{c}", "note");
            yield return Claim($"actor with {code}", p => p["actors"] = new JsonArray($"Tes{c}ter"), "actors[0]");
        }
    }

    private static IEnumerable<BadRequest> ClaimLimits()
    {
        yield return Claim("title of 301 characters", p => p["title"] = new string('t', 301), "title");
        yield return Claim("place of 301 characters", p => p["place"] = new string('p', 301), "place");
        yield return Claim("translation of 10,001 characters", p => p["translation"] = new string('x', 10_001), "translation");
        yield return Claim("note of 10,001 characters", p => p["note"] = new string('n', 10_001), "note");
        yield return Claim("51 actors", p => p["actors"] = new JsonArray([.. Enumerable.Range(0, 51).Select(i => (JsonNode)$"actor {i}")]), "actors");
        yield return Claim("80,000 actors", p => p["actors"] = new JsonArray([.. Enumerable.Range(0, 80_000).Select(_ => (JsonNode)"a")]), "actors");
        yield return Claim("an actor of 201 characters", p => p["actors"] = new JsonArray(new string('a', 201)), "actors[0]");
        yield return Claim("51 numbers", p => p["numbers"] = new JsonObject(Enumerable.Range(0, 51).Select(i => KeyValuePair.Create($"n{i}", (JsonNode?)i))), "numbers");
        yield return Claim("a number name of 65 characters", p => p["numbers"] = new JsonObject { [new string('k', 65)] = 1 }, "numbers[0]");
        yield return Claim("a number name with a NUL", p => p["numbers"] = new JsonObject { ["dead\u0000"] = 1 }, "numbers[0]");
        yield return Claim("51 areas", p => p["areas"] = new JsonArray([.. Enumerable.Range(0, 51).Select(_ => (JsonNode)"AF-BDS")]), "areas");
    }

    private static IEnumerable<BadRequest> ClaimDates()
    {
        yield return Claim("eventDate in year 50", p => p["eventDate"] = "0050-01-01", "eventDate");
        yield return Claim("eventDate the day before 1800", p => p["eventDate"] = "1799-12-31", "eventDate");
        yield return Claim("eventDate in 2101", p => p["eventDate"] = "2101-01-01", "eventDate");
        yield return Claim("eventDate 9999-12-31", p => p["eventDate"] = "9999-12-31", "eventDate");
        yield return Claim("reportedDate 0001-01-01", p => p["reportedDate"] = "0001-01-01", "reportedDate");
        yield return Claim("endDate in 2200", p => p["endDate"] = "2200-01-01", "endDate");
        yield return Claim("eventDate 2021-02-30", p => p["eventDate"] = "2021-02-30", "eventDate");
        yield return Claim("eventDate as a number", p => p["eventDate"] = 20210705, "eventDate");
    }

    private static IEnumerable<BadRequest> SourceTexts()
    {
        foreach (var c in new[] { "\u0000", "\u0007", "\u001B", "\u007F" })
        {
            var code = $"U+{(int)c[0]:X4}";
            yield return Source($"source title with {code}", s => s["title"] = $"a{c}", "title");
            yield return Source($"source publisher with {code}", s => s["publisher"] = $"{c}p", "publisher");
            yield return Source($"source text with {code}", s => s["text"] = $"Some text{c}.", "text");
            yield return Source($"source note with {code}", s => s["notes"] = new JsonArray($"n{c}"), "notes[0]");
        }

        yield return Source("source title of 301 characters", s => s["title"] = new string('t', 301), "title");
        yield return Source("51 source notes", s => s["notes"] = new JsonArray([.. Enumerable.Range(0, 51).Select(i => (JsonNode)$"n{i}")]), "notes");
        yield return Source("source published in 0099", s => s["publishedDate"] = "0099-13-01", "publishedDate");
    }

    private static IEnumerable<BadRequest> QueryParameters()
    {
        yield return BadRequest.Get("limit not a number", "/api/claims?limit=abc", "limit");
        yield return BadRequest.Get("limit negative", "/api/claims?limit=-1", "limit");
        yield return BadRequest.Get("limit 1e400", "/api/claims?limit=1e400", "limit");
        yield return BadRequest.Get("limit beyond the page size", "/api/claims?limit=5001", "limit");
        yield return BadRequest.Get("cursor garbage", "/api/claims?cursor=zzz", "cursor");
        yield return BadRequest.Get("sort unknown", "/api/claims?sort=colour", "sort");
        yield return BadRequest.Get("sort created descending", "/api/claims?sort=-created", "sort");
        yield return BadRequest.Get("cursor of creation order with a sort", "/api/claims?sort=date&cursor=c5", "cursor");
        yield return BadRequest.Get("cursor of another sort", "/api/claims?sort=-date&cursor=date.5.MjAyMS0wMS0wMQ", "cursor");
        yield return BadRequest.Get("sorted cursor without a sort", "/api/claims?cursor=title.5.QQ", "cursor");
        yield return BadRequest.Get("sorted cursor key not base64url", "/api/claims?sort=title&cursor=title.5.%25%25", "cursor");
        yield return BadRequest.Get("q of a NUL only", "/api/claims?q=%00", "q");
        yield return BadRequest.Get("histogram bin year", "/api/claims/histogram?bin=year", "bin");
        yield return BadRequest.Get("tile zoom 99", "/api/tiles/claims/99/0/0.mvt", "z");
        yield return BadRequest.Get("export format xyz", "/api/export?format=xyz", "format");
        yield return BadRequest.Get("export width not a number", "/api/export?format=png&width=abc&height=10", "width");
        yield return BadRequest.Get("changes unknown parameter", "/api/changes?since=abc", "since");
    }

    private static IEnumerable<BadRequest> Headers()
    {
        foreach (var ifMatch in new[] { "abc", "\"x\"", "\"-1\"", "\"1.5\"", "\"\"", "W/", "\"1\", \"2\"" })
        {
            yield return new BadRequest($"If-Match {ifMatch}", HttpMethod.Put, $"/api/claims/{ExistingClaim}", Encoding.UTF8.GetBytes(ClaimBodies.Valid(ExistingClaim).ToJsonString()), System.Net.HttpStatusCode.BadRequest, "If-Match", ifMatch);
        }
    }

    private static BadRequest Claim(string name, Action<JsonObject> change, string field) =>
        BadRequest.Json($"claim: {name}", HttpMethod.Post, "/api/claims", ClaimBodies.Valid($"bad-input-{Guid.NewGuid():N}", change).ToJsonString(), field);

    private static BadRequest Source(string name, Action<JsonObject> change, string field)
    {
        var body = new JsonObject
        {
            ["title"] = "Constructed source for the bad-input suite",
            ["publisher"] = "BorderMap tests",
            ["language"] = "en",
            ["publishedDate"] = "2021-07-05",
            ["text"] = "A constructed text.",
        };
        change(body);
        return BadRequest.Json($"source: {name}", HttpMethod.Post, "/api/sources", body.ToJsonString(), field);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
