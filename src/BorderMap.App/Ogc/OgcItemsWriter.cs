using System.Globalization;
using System.Text.Json;

namespace BorderMap.App.Ogc;

/// <summary>
/// Writes an <c>items</c> page as a GeoJSON FeatureCollection with the members OGC API –
/// Features adds: <c>links</c> (self, the collection and, unless it is the last page, <c>next</c>),
/// <c>numberReturned</c>, <c>numberMatched</c> (first pages only) and <c>timeStamp</c>. Streamed into
/// the response, flushing as it goes, so a page of 5,000 claims is never one buffer.
/// </summary>
internal static class OgcItemsWriter
{
    private const int FlushThreshold = 32_768;

    public static IResult Result(HttpRequest request, string collectionUrl, OgcPage page) =>
        TypedResults.Stream(body => WriteAsync(body, request, collectionUrl, page), OgcLinks.GeoJson);

    private static async Task WriteAsync(Stream body, HttpRequest request, string collectionUrl, OgcPage page)
    {
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var feature in page.Features)
        {
            feature.WriteTo(json);
            if (json.BytesPending > FlushThreshold)
            {
                await json.FlushAsync();
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("links");
        OgcLinks.Link(OgcLinks.Self(request), "self", OgcLinks.GeoJson, "This page").WriteTo(json);
        OgcLinks.Link(collectionUrl, "collection", OgcLinks.Json, "The collection").WriteTo(json);
        if (page.Next is { } next)
        {
            OgcLinks.Link(OgcLinks.WithParameter(request, "cursor", next), "next", OgcLinks.GeoJson, "The next page").WriteTo(json);
        }

        json.WriteEndArray();
        if (page.NumberMatched is { } matched)
        {
            json.WriteNumber("numberMatched", matched);
        }

        json.WriteNumber("numberReturned", page.Count);
        json.WriteString("timeStamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }
}
