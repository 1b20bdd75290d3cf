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
    public static byte[] Of(Claim claim, string dataJson, AreaCatalog areas) => Of(claim, dataJson, areas, out _);

    /// <summary>
    /// The same, and how many of its bytes come before the anchor (<paramref name="featureLength"/>):
    /// up to there it is the claim's GeoJSON feature (<see cref="ClaimGeoJson.FeatureText(Claim, string)"/>)
    /// but for the two closing braces, so the history entry is cut from it rather than serialised again.
    /// </summary>
    public static byte[] Of(Claim claim, string dataJson, AreaCatalog areas, out int featureLength)
    {
        var (buffer, json) = Writer();
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        try
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
            // Without the braces, which are one byte each in UTF-8 as in UTF-16.
            var members = dataJson.AsSpan(1, dataJson.Length - 2);
            buffer.Advance(Encoding.UTF8.GetBytes(members, buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(members.Length))));
            featureLength = buffer.WrittenCount;
            json.WriteStartArray("anchor");
            json.WriteNumberValue(claim.Anchor.X);
            json.WriteNumberValue(claim.Anchor.Y);
            json.WriteEndArray();
            json.WritePropertyName("checks");
            JsonSerializer.Serialize(json, ClaimCheck.For(claim, areas), ClaimGeoJson.Options);
            json.WriteEndObject();
            json.WriteEndObject();
            json.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            // A large claim would otherwise keep its buffer's size for the thread's life.
            if (buffer.Capacity > MaxKeptBytes)
            {
                t_writer = null;
            }
        }
    }

    /// <summary>The largest buffer a thread keeps between claims; a claim's item is usually a few kilobytes.</summary>
    private const int MaxKeptBytes = 1 << 16;

    /// <summary>
    /// The buffer and writer of this thread, kept between claims: an import writes every claim's
    /// item on the pool's threads, and a new buffer and writer for each were a seventh of the
    /// bytes the import allocated (bench/RESULTS.md, Import, 2026-12-04 22:40 UTC).
    /// </summary>
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? t_writer;

    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json) Writer()
    {
        if (t_writer is not { } kept)
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            kept = (buffer, new Utf8JsonWriter(buffer));
            t_writer = kept;
        }

        return kept;
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
