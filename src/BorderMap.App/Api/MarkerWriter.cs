using System.Text.Json;
using BorderMap.Core.Claims;

namespace BorderMap.App.Api;

/// <summary>
/// The lean form of <c>GET /api/claims?fields=marker</c>: each claim as a point at its anchor with
/// only what the map, the list and the filters need (no quote, translation or note).
/// </summary>
internal static class MarkerWriter
{
    public static void Write(Utf8JsonWriter json, Claim claim)
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
