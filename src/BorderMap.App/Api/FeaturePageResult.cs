using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using BorderMap.Storage;

namespace BorderMap.App.Api;

/// <summary>
/// A page of <c>GET /api/claims</c> of whole claims: the GeoJSON FeatureCollection of the claims'
/// stored features (<see cref="ClaimJson"/>), copied as they are between the envelope's bytes, with
/// the top-level <c>next</c> cursor. The page is already in memory, so its length is known: it is
/// sent with a <c>Content-Length</c>, not chunked, written straight into the response's pipe and
/// flushed every <see cref="FlushThreshold"/> bytes. The bytes are those a
/// <see cref="Utf8JsonWriter"/> writes for the same page (no spaces; the cursor escaped by the
/// default encoder, as <see cref="JsonEncodedText"/> escapes it).
/// </summary>
internal sealed class FeaturePageResult(ClaimJsonPage page) : IResult
{
    private const int FlushThreshold = 65_536;

    private static ReadOnlySpan<byte> Head => """{"type":"FeatureCollection","features":["""u8;

    private static ReadOnlySpan<byte> NextMember => "],\"next\":"u8;

    public async Task ExecuteAsync(HttpContext context)
    {
        var next = page.Next is { } cursor ? JsonEncodedText.Encode(cursor.ToString()).EncodedUtf8Bytes.ToArray() : null;
        var response = context.Response;
        response.ContentType = GeoJsonWriter.ContentType;
        response.ContentLength = Length(page.Claims, next);
        var body = response.BodyWriter;
        body.Write(Head);
        for (var i = 0; i < page.Claims.Count; i++)
        {
            if (i > 0)
            {
                body.Write(","u8);
            }

            body.Write(page.Claims[i].Feature.Span);
            if (body.UnflushedBytes > FlushThreshold)
            {
                await body.FlushAsync(context.RequestAborted);
            }
        }

        WriteEnd(body, next);
        await body.FlushAsync(context.RequestAborted);
    }

    private static long Length(IReadOnlyList<ClaimJson> claims, byte[]? next)
    {
        long length = Head.Length + Math.Max(claims.Count - 1, 0) + NextMember.Length + (next is null ? "null".Length : next.Length + 2) + 1;
        foreach (var claim in claims)
        {
            length += claim.Feature.Length;
        }

        return length;
    }

    private static void WriteEnd(PipeWriter body, byte[]? next)
    {
        body.Write(NextMember);
        if (next is null)
        {
            body.Write("null"u8);
        }
        else
        {
            body.Write("\""u8);
            body.Write(next);
            body.Write("\""u8);
        }

        body.Write("}"u8);
    }
}
