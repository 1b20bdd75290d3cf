using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// Reads one claim from a GeoJSON feature shaped like the API's claims (<see cref="ClaimGeoJson"/>):
/// <c>id</c> on the feature or in its properties, <c>geometry</c>, and properties named like the
/// <see cref="ClaimData"/> fields. Every missing or mistyped field is reported by name, so the API
/// and the importer can say exactly what to fix. Unknown properties are refused rather than
/// dropped, because nothing a researcher enters may be lost silently. What the API derives and
/// adds to its claims (<c>anchor</c>, <c>checks</c>) is ignored, so a claim read from the API can
/// be edited and sent back as it is. Quote offsets may be left out (see <see cref="ClaimDraft.MissingOffset"/>).
/// </summary>
public static class ClaimFeatureReader
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "id", "anchor", "checks", "title", "category", "actors", "place", "refs", "areas", "geoPrecision", "eventDate", "endDate", "timePrecision",
        "reportedDate", "source", "quote", "translation", "note", "status", "numbers", "createdAt", "updatedAt", "version", "credibility",
    };

    /// <summary>The longest name in <see cref="Known"/>, and then some.</summary>
    private const int MaxKnownLength = 32;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static (ClaimDraft? Draft, IReadOnlyList<FieldProblem> Problems) Read(JsonElement feature)
    {
        var problems = new List<FieldProblem>();
        if (feature.ValueKind != JsonValueKind.Object)
        {
            return (null, [new FieldProblem("type", $"a claim is a GeoJSON Feature object, not {feature.ValueKind.ToString().ToLowerInvariant()}")]);
        }

        // Strict, so that a misspelt "type" is named rather than read as something else.
        if (!feature.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Feature")
        {
            var found = type.ValueKind == JsonValueKind.Undefined ? "missing" : $"{type.GetRawText()}, not \"Feature\"";
            return (null, [new FieldProblem("type", $"is {found}; a claim is a GeoJSON Feature")]);
        }

        if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return (null, [new FieldProblem("properties", "a claim is a GeoJSON Feature with a properties object")]);
        }

        var fields = new JsonFields(properties, problems);
        foreach (var property in properties.EnumerateObject())
        {
            if (!IsKnown(property))
            {
                problems.Add(new FieldProblem(property.Name, "is not a claim property"));
            }
        }

        var id = ReadId(feature, fields, problems);
        var data = new ClaimData(
            Title: fields.Text("title") ?? string.Empty,
            Category: fields.Text("category") ?? string.Empty,
            Actors: fields.TextList("actors"),
            Place: fields.Text("place") ?? string.Empty,
            Refs: fields.TextList("refs"),
            Areas: fields.TextList("areas"),
            GeoPrecision: fields.Integer("geoPrecision") ?? 0,
            EventDate: fields.Text("eventDate") ?? string.Empty,
            EndDate: fields.Text("endDate", required: false),
            TimePrecision: fields.Text("timePrecision") ?? string.Empty,
            ReportedDate: fields.Text("reportedDate") ?? string.Empty,
            Source: fields.Text("source") ?? string.Empty,
            Quote: ReadQuote(properties, problems),
            Translation: fields.Text("translation") ?? string.Empty,
            Note: fields.Text("note", required: false),
            Status: fields.Text("status") ?? string.Empty,
            Numbers: fields.Numbers("numbers"),
            CreatedAt: fields.Time("createdAt") ?? default,
            UpdatedAt: fields.Time("updatedAt") ?? default,
            Version: fields.Integer("version", required: false) ?? 0,
            Credibility: fields.Integer("credibility", required: false));
        var geometry = ReadGeometry(feature, data.Refs.Count > 0, problems);
        return problems.Count > 0 ? (null, problems) : (new ClaimDraft(id, data, geometry), problems);
    }

    /// <summary>Whether the property is a claim's, read from its UTF-8 name where it is short and unescaped: an import checks every property of every claim, and their names as strings were garbage.</summary>
    private static bool IsKnown(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        Span<char> name = stackalloc char[MaxKnownLength];
        return raw.Length <= MaxKnownLength && !raw.Contains((byte)'\\') && Encoding.UTF8.TryGetChars(raw, name, out var length)
            ? KnownNames.Contains(name[..length])
            : Known.Contains(property.Name);
    }

    private static string? ReadId(JsonElement feature, JsonFields fields, List<FieldProblem> problems)
    {
        var inProperties = fields.Text("id", required: false);
        var onFeature = feature.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        if (inProperties is not null && onFeature is not null && inProperties != onFeature)
        {
            problems.Add(new FieldProblem("id", $"the feature id '{onFeature}' differs from properties.id '{inProperties}'"));
        }

        return onFeature ?? inProperties;
    }

    private static Quote ReadQuote(JsonElement properties, List<FieldProblem> problems)
    {
        if (!properties.TryGetProperty("quote", out var quote) || quote.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new FieldProblem("quote", "is required: an object with text, and start and end unless the text occurs once in the source"));
            return new Quote(string.Empty, 0, 0);
        }

        var fields = new JsonFields(quote, problems, "quote.");
        return new Quote(
            fields.Text("text") ?? string.Empty,
            fields.Integer("start", required: false) ?? ClaimDraft.MissingOffset,
            fields.Integer("end", required: false) ?? ClaimDraft.MissingOffset);
    }

    private static Geometry? ReadGeometry(JsonElement feature, bool placedByRefs, List<FieldProblem> problems)
    {
        if (placedByRefs || !feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            return GeoJsonGeometryReader.Read(geometry);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidOperationException)
        {
            problems.Add(new FieldProblem("geometry", $"is not a GeoJSON geometry: {e.Message}"));
            return null;
        }
    }
}
