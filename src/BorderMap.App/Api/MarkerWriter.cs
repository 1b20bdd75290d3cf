using System.Text.Json;
using BorderMap.Core.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// The lean form of <c>GET /api/claims?fields=marker</c>: each claim as a point at its anchor with
/// only what the map, the list and the filters need (no quote, translation or note), streamed with
/// a Utf8JsonWriter so that 100,000 claims cost neither a DOM of JSON nodes nor one big buffer.
/// </summary>
internal static class MarkerWriter
{
    public static PushStreamHttpResult Result(IReadOnlyList<Claim> claims) =>
        TypedResults.Stream(stream => WriteAsync(stream, claims), GeoJsonWriter.ContentType);

    private static async Task WriteAsync(Stream body, IReadOnlyList<Claim> claims)
    {
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        for (var i = 0; i < claims.Count; i++)
        {
            Write(json, claims[i]);
            if (json.BytesPending > 32_768)
            {
                await json.FlushAsync();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, Claim claim)
    {
        var data = claim.Data;
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", claim.Id);
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(claim.Anchor.X);
        json.WriteNumberValue(claim.Anchor.Y);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("id", claim.Id);
        json.WriteString("title", data.Title);
        json.WriteString("category", data.Category);
        json.WriteString("place", data.Place);
        WriteStrings(json, "actors", data.Actors);
        WriteStrings(json, "areas", data.Areas);
        json.WriteNumber("geoPrecision", data.GeoPrecision);
        json.WriteString("eventDate", data.EventDate);
        json.WriteString("endDate", data.EndDate);
        json.WriteString("timePrecision", data.TimePrecision);
        json.WriteString("status", data.Status);
        json.WriteNumber("version", data.Version);
        json.WriteStartArray("anchor");
        json.WriteNumberValue(claim.Anchor.X);
        json.WriteNumberValue(claim.Anchor.Y);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
