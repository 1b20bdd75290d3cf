using System.Text.Json;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// Claims as a GeoJSON FeatureCollection, features shaped as <see cref="ClaimGeoJson"/> writes
/// them. Lossless: a store exported and imported again holds the same claims with the same
/// bookkeeping. Also reads what <c>ogr2ogr -f GeoJSON</c> makes of the store's claims layer.
/// </summary>
public static class GeoJsonClaimFile
{
    public static async Task<IReadOnlyList<ImportRow>> ReadAsync(Stream input, CancellationToken cancel = default)
    {
        var (document, malformed) = await JsonInput.ParseAsync(input, "file", cancel);
        if (document is null)
        {
            throw new ClaimFileException(malformed!.Field, malformed.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Feature")
            {
                return [Row("feature 1", root)];
            }

            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw new ClaimFileException("file", "is not a GeoJSON FeatureCollection (an object with a features array) or Feature");
            }

            // Reading a feature is independent of the others, and a large file has many.
            return [.. features.EnumerateArray().AsParallel().AsOrdered().Select((feature, i) => Row($"feature {i + 1}", feature))];
        }
    }

    public static async Task WriteAsync(Stream output, IEnumerable<Claim> claims, CancellationToken cancel = default)
    {
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var claim in claims)
        {
            ClaimGeoJson.Feature(claim).WriteTo(writer);
            if (writer.BytesPending > 1 << 16)
            {
                await writer.FlushAsync(cancel);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancel);
    }

    private static ImportRow Row(string position, JsonElement feature)
    {
        var (draft, problems) = ClaimFeatureReader.Read(feature);
        return new ImportRow(position, draft, problems);
    }
}
