using System.Text.Json;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using BorderMap.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// Writes one page of <c>GET /api/claims</c>: a GeoJSON FeatureCollection of whole claims or lean
/// markers (<see cref="MarkerWriter"/>), with a top-level <c>next</c> member, the cursor of the
/// following page (null on the last). Written with a Utf8JsonWriter straight into the response,
/// so even a page of 5,000 claims never becomes one big buffer.
/// </summary>
internal static class ClaimPageWriter
{
    private const int FlushThreshold = 32_768;

    public static PushStreamHttpResult Result(ClaimPage page, AreaCatalog areas, bool markers) =>
        TypedResults.Stream(body => WriteAsync(body, page, markers ? MarkerWriter.Write : (json, claim) => GeoJsonWriter.Feature(claim, areas).WriteTo(json)), GeoJsonWriter.ContentType);

    private static async Task WriteAsync(Stream body, ClaimPage page, Action<Utf8JsonWriter, Claim> write)
    {
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var claim in page.Claims)
        {
            write(json, claim);
            if (json.BytesPending > FlushThreshold)
            {
                await json.FlushAsync();
            }
        }

        json.WriteEndArray();
        if (page.Next is { } next)
        {
            json.WriteString("next", next.ToString());
        }
        else
        {
            json.WriteNull("next");
        }

        json.WriteEndObject();
    }
}
