using System.Buffers;
using System.Text.Json;
using BorderMap.Storage;

namespace BorderMap.App.Api;

/// <summary>
/// A page of <c>GET /api/claims</c> with whole claims: the stored page items copied straight into
/// the response's own pipe, one after another, with the length said up front. Every item's size is
/// known before the first byte, so the body needs no chunk framing and no stream in between: a
/// page of ~600 KiB was copied once more through a stream over the response and sent in 19 chunked
/// flushes. Flushed every <see cref="FlushThreshold"/> bytes, Kestrel's own buffer limit, so even a
/// page of 5,000 claims never becomes one big buffer.
/// </summary>
internal sealed class ClaimFeaturePage(ClaimJsonPage page) : IResult
{
    private const int FlushThreshold = 65_536;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var (head, tail) = Frame(page.Next);
        var claims = page.Claims;
        long length = head.Length + tail.Length + Math.Max(0, claims.Count - 1);
        foreach (var claim in claims)
        {
            length += claim.Feature.Length;
        }

        var response = httpContext.Response;
        response.ContentType = GeoJsonWriter.ContentType;
        response.ContentLength = length;
        var body = response.BodyWriter;
        body.Write(head.Span);
        for (var i = 0; i < claims.Count; i++)
        {
            if (i > 0)
            {
                body.Write(","u8);
            }

            body.Write(claims[i].Feature.Span);
            if (body.UnflushedBytes >= FlushThreshold)
            {
                await body.FlushAsync(httpContext.RequestAborted);
            }
        }

        body.Write(tail.Span);
        await body.FlushAsync(httpContext.RequestAborted);
    }

    /// <summary>
    /// The collection around the items, written by the same JSON writer as every other answer (so the
    /// cursor is escaped alike) and cut where the items go: <c>{"type":"FeatureCollection","features":[</c>
    /// and <c>],"next":…}</c>.
    /// </summary>
    private static (ReadOnlyMemory<byte> Head, ReadOnlyMemory<byte> Tail) Frame(ClaimCursor? next)
    {
        var frame = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(frame))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            json.Flush();
            json.WriteEndArray();
            if (next is { } cursor)
            {
                json.WriteString("next", cursor.ToString());
            }
            else
            {
                json.WriteNull("next");
            }

            json.WriteEndObject();
        }

        var items = frame.WrittenMemory.Span.IndexOf("[]"u8) + 1;
        return (frame.WrittenMemory[..items], frame.WrittenMemory[items..]);
    }
}
