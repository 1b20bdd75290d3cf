using System.Buffers;
using System.Text;
using System.Text.Json;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Core.Measurement;

namespace BorderMap.Storage;

/// <summary>
/// A claim as one item of a <c>GET /api/claims</c> page, the GeoJSON Feature that
/// <c>GET /api/claims/{id}</c> answers, byte for byte: <c>type</c>, <c>id</c>, the geometry, and
/// properties that are the id, the <see cref="ClaimData"/> members in their declared order
/// (camelCase), the anchor and the checks judged against the boundaries. Every write path stores it
/// beside the claim (<see cref="Writes.ClaimRecord.PageJson"/>), so a page copies each claim's
/// bytes instead of decoding 21 columns and encoding them again (about 60 µs a claim). The checks
/// are judged when the claim is written, against the boundaries of that release, as its areas
/// and search key are: a release whose boundaries change the checks writes the pages again.
/// </summary>
internal static class ClaimPageJson
{
    /// <summary>The feature of <paramref name="claim"/>, its data already serialised as <paramref name="dataJson"/> (<see cref="Writes.ClaimRecord.DataJson"/>).</summary>
    public static byte[] Of(Claim claim, string dataJson, AreaCatalog areas)
    {
        var buffer = new ArrayBufferWriter<byte>(2 * dataJson.Length + 512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", claim.Id);
            json.WritePropertyName("geometry");
            JsonSerializer.Serialize(json, claim.Geometry, ClaimGeoJson.Options);
            json.WriteStartObject("properties");
            json.WriteString("id", claim.Id);
            // The data's members go in as they are, after a member the writer wrote, so it puts the comma before the next one itself.
            json.Flush();
            buffer.Write(","u8);
            var data = Encoding.UTF8.GetBytes(dataJson);
            buffer.Write(data.AsSpan(1, data.Length - 2));
            json.WriteStartArray("anchor");
            json.WriteNumberValue(claim.Anchor.X);
            json.WriteNumberValue(claim.Anchor.Y);
            json.WriteEndArray();
            json.WritePropertyName("checks");
            JsonSerializer.Serialize(json, ClaimCheck.For(claim, areas), ClaimGeoJson.Options);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The claim data in a stored feature's properties: for the sort key of a page's last claim, which its cursor holds.</summary>
    /// <exception cref="JsonException">the bytes are not a feature.</exception>
    public static ClaimData Data(ReadOnlyMemory<byte> feature)
    {
        using var document = JsonDocument.Parse(feature);
        return document.RootElement.GetProperty("properties").Deserialize(ClaimJsonContext.Default.ClaimData)
            ?? throw new InvalidDataException("a stored page item has null properties");
    }
}
