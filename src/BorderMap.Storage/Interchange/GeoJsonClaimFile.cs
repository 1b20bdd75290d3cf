using System.Text.Json;
using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage.Interchange;

/// <summary>
/// Claims as a GeoJSON FeatureCollection, features shaped as <see cref="ClaimGeoJson"/> writes
/// them, with the sources they quote in a top-level <c>sources</c> member. Lossless: a store
/// exported and imported again, even into an empty store, holds the same sources and the same
/// claims with the same bookkeeping. Also reads what <c>ogr2ogr -f GeoJSON</c> makes of the store's claims layer.
/// </summary>
public static class GeoJsonClaimFile
{
    /// <summary>
    /// The claims of a FeatureCollection, one row per feature, read as the sequence is enumerated:
    /// memory holds one buffer and one batch of features whatever the file's size (see
    /// <see cref="GeoJsonFeatureScanner"/>). The sequence can be enumerated once.
    /// <para>
    /// It is an <see cref="IEnumerable{T}"/>, not an <see cref="IAsyncEnumerable{T}"/>: its consumer,
    /// <see cref="IClaimStore.ImportAsync"/>, takes a synchronous sequence and enumerates it on a
    /// worker thread, so async reads would only be waited on there; the reader is a ref struct that
    /// cannot live across an await anyway; and a local file's reads are short.
    /// </para>
    /// </summary>
    /// <exception cref="ClaimFileException">while enumerating: the document is malformed or not a FeatureCollection.</exception>
    public static IEnumerable<ImportRow> Read(Stream input, CancellationToken cancel = default) =>
        OrderedBatches.Convert(Features(input), feature => Row(feature.Number, feature.Json), cancel);

    /// <summary>
    /// The sources of a bundle (see <see cref="BundleSources"/>), read up to the first feature:
    /// a bundle lists them before its features. Empty for a plain claims file.
    /// </summary>
    /// <exception cref="ClaimFileException">the document is malformed, or a source is bad.</exception>
    public static IReadOnlyList<Source> ReadSources(Stream input)
    {
        var scanner = new GeoJsonFeatureScanner(input);
        scanner.Next();
        return scanner.SourcesJson is { } json ? BundleSources.Read(json) : [];
    }

    /// <summary>The events of a bundle (see <see cref="BundleEvents"/>), read up to the first feature like its sources. Empty for a file without them.</summary>
    /// <exception cref="ClaimFileException">the document is malformed, or an event is bad.</exception>
    public static IReadOnlyList<Events.EventDraft> ReadEvents(Stream input)
    {
        var scanner = new GeoJsonFeatureScanner(input);
        scanner.Next();
        return scanner.EventsJson is { } json ? BundleEvents.Read(json) : [];
    }

    /// <summary>Writes a bundle: the sources first (see <see cref="BundleSources"/>), then the events (<see cref="BundleEvents"/>), then the claims as features.</summary>
    public static async Task WriteAsync(Stream output, IReadOnlyList<Source> sources, IEnumerable<Claim> claims, IReadOnlyList<Events.EventDraft>? events = null, CancellationToken cancel = default)
    {
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        BundleSources.Write(writer, sources);
        BundleEvents.Write(writer, events ?? []);
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

    private static IEnumerable<(int Number, byte[] Json)> Features(Stream input)
    {
        var scanner = new GeoJsonFeatureScanner(input);
        while (scanner.Next() is { } feature)
        {
            yield return (scanner.FeatureCount, feature);
        }
    }

    private static ImportRow Row(int number, byte[] feature)
    {
        using var document = JsonDocument.Parse(feature);
        var (draft, problems) = ClaimFeatureReader.Read(document.RootElement);
        return new ImportRow($"feature {number}", draft, problems);
    }
}
