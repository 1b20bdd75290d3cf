using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using BorderMap.Core.Areas;
using BorderMap.Core.Measurement;
using BorderMap.Storage;
using NetTopologySuite.Geometries;

namespace BorderMap.App.Api;

/// <summary>
/// A claim of a page as the GeoJSON Feature <see cref="GeoJsonWriter.Feature(Core.Claims.Claim, AreaCatalog)"/>
/// builds, with the same members, written without decoding the claim: its stored data members
/// (<see cref="ClaimJson.Data"/>) go into the properties as they are, between the id and the
/// derived anchor and checks. Only a claim that may have a check (a line or polygon) is decoded.
/// </summary>
internal static class ClaimFeatureWriter
{
    /// <summary>
    /// Writes the feature to <paramref name="json"/>, which writes into <paramref name="pipe"/>:
    /// the data members are put into the pipe between two of the writer's flushes, after a member
    /// the writer wrote, so the writer puts the comma before the next member itself.
    /// </summary>
    public static void Write(Utf8JsonWriter json, PipeWriter pipe, ClaimJson claim, AreaCatalog areas)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", claim.Id);
        json.WritePropertyName("geometry");
        JsonSerializer.Serialize(json, claim.Geometry, GeoJsonWriter.Options);
        json.WriteStartObject("properties");
        json.WriteString("id", claim.Id);
        json.Flush();
        pipe.Write(","u8);
        pipe.Write(claim.Data.Span[1..^1]);
        json.WriteStartArray("anchor");
        json.WriteNumberValue(claim.Anchor.X);
        json.WriteNumberValue(claim.Anchor.Y);
        json.WriteEndArray();
        json.WritePropertyName("checks");
        IReadOnlyList<ClaimCheck> checks = claim.Geometry is ILineal or IPolygonal ? ClaimCheck.For(claim.ToClaim(), areas) : [];
        JsonSerializer.Serialize(json, checks, GeoJsonWriter.Options);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
