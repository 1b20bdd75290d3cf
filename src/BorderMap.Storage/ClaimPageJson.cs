using System.Buffers;
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
    /// <summary>The feature of <paramref name="claim"/>.</summary>
    public static byte[] Of(Claim claim, AreaCatalog areas) => Of(claim, areas, out _);

    /// <summary>
    /// The same, and where in it the members of the claim's data lie (<paramref name="data"/>): they
    /// are the data's JSON (<see cref="ClaimJsonContext"/>) without its braces, and up to their end the
    /// item is the claim's GeoJSON feature (<see cref="ClaimGeoJson.FeatureText(Claim)"/>) without its two
    /// closing braces; so the data's JSON and the history entry are cut from the item rather than serialised again.
    /// </summary>
    public static byte[] Of(Claim claim, AreaCatalog areas, out Range data)
    {
        var writers = Writers();
        var (buffer, json) = (writers.Buffer, writers.Json);
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
            var start = buffer.WrittenCount;
            WriteMembers(buffer, claim.Data, writers);
            data = start..buffer.WrittenCount;
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
            // A large claim would otherwise keep its buffers' size for the thread's life.
            if (buffer.Capacity > MaxKeptBytes || writers.DataBuffer.Capacity > MaxKeptBytes)
            {
                t_writers = null;
            }
        }
    }

    /// <summary>The data's members: its JSON, serialised into a buffer of its own, without the braces.</summary>
    private static void WriteMembers(ArrayBufferWriter<byte> item, ClaimData data, KeptWriters writers)
    {
        writers.DataBuffer.ResetWrittenCount();
        writers.DataJson.Reset(writers.DataBuffer);
        JsonSerializer.Serialize(writers.DataJson, data, ClaimJsonContext.Default.ClaimData);
        item.Write(writers.DataBuffer.WrittenSpan[1..^1]);
    }

    /// <summary>The largest buffer a thread keeps between claims; a claim's item is usually a few kilobytes.</summary>
    private const int MaxKeptBytes = 1 << 16;

    /// <summary>
    /// The buffers and writers of this thread, kept between claims: an import writes every claim's
    /// item on the pool's threads, and a new buffer and writer for each were a seventh of the
    /// bytes the import allocated (bench/RESULTS.md, Import, 2026-12-04 22:40 UTC).
    /// </summary>
    [ThreadStatic]
    private static KeptWriters? t_writers;

    private static KeptWriters Writers() => t_writers ??= new KeptWriters();

    /// <summary>The item's buffer and writer, and the data's.</summary>
    private sealed class KeptWriters
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public ArrayBufferWriter<byte> DataBuffer { get; } = new(4096);

        public Utf8JsonWriter Json { get; } = new(new ArrayBufferWriter<byte>(1));

        public Utf8JsonWriter DataJson { get; } = new(new ArrayBufferWriter<byte>(1));
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
