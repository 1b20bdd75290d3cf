using System.IO.Pipelines;
using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// Writes one page of <c>GET /api/claims</c>: a GeoJSON FeatureCollection of whole claims (each
/// the feature <c>GET /api/claims/{id}</c> answers, stored with the claim and copied through as it
/// is, <see cref="ClaimJson"/>) or lean markers
/// (<see cref="MarkerWriter"/>), with a top-level <c>next</c> member, the cursor of the following
/// page (null on the last). Written with a Utf8JsonWriter into a pipe over the response and sent
/// every <see cref="FlushThreshold"/> bytes, so even a page of 5,000 claims never becomes one big buffer.
/// </summary>
internal static class ClaimPageWriter
{
    private const int FlushThreshold = 32_768;

    private const int SegmentSize = 2 * FlushThreshold;

    // The stored bytes were written by the store's own JSON writer: checking them again would read every byte twice.
    public static PushStreamHttpResult Features(ClaimJsonPage page) =>
        TypedResults.Stream(body => WriteAsync(body, page.Claims, page.Next, (json, claim) => json.WriteRawValue(claim.Feature.Span, skipInputValidation: true)), GeoJsonWriter.ContentType);

    public static PushStreamHttpResult Markers(ClaimPage page) =>
        TypedResults.Stream(body => WriteAsync(body, page.Claims, page.Next, MarkerWriter.Write), GeoJsonWriter.ContentType);

    private static async Task WriteAsync<T>(Stream body, IReadOnlyList<T> claims, ClaimCursor? next, Action<Utf8JsonWriter, T> write)
    {
        // Segments as large as a flush, so that a flush is one write to the response (one chunk), not one per 4 KiB segment, each flushed by Kestrel on its own.
        var pipe = PipeWriter.Create(body, new StreamPipeWriterOptions(minimumBufferSize: SegmentSize, leaveOpen: true));
        await using (var json = new Utf8JsonWriter(pipe))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var claim in claims)
            {
                write(json, claim);
                json.Flush();
                if (pipe.UnflushedBytes > FlushThreshold)
                {
                    await pipe.FlushAsync();
                }
            }

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

        await pipe.CompleteAsync();
    }
}
