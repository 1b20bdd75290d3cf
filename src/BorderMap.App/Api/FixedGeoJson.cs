using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Api;

/// <summary>
/// The GeoJSON of what does not change while the server runs (the boundary layers, the towns),
/// written once, on its first request, and kept as UTF-8 bytes that every later request sends as
/// they are. Built as a JSON tree and serialised anew, the layers cost the server ~25 ms of CPU on
/// every first page (15 ms for the countries alone), beside the page's claim queries. What is kept
/// is bounded by the geodata (a few hundred KiB), never by the claims. Thread-safe.
/// </summary>
internal sealed class FixedGeoJson
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> written = new(StringComparer.Ordinal);

    /// <summary>The answer kept under <paramref name="key"/>, built by <paramref name="build"/> on the first request.</summary>
    public FileContentHttpResult Result(string key, Func<JsonObject> build) =>
        TypedResults.Bytes(written.GetOrAdd(key, _ => new Lazy<byte[]>(() => JsonSerializer.SerializeToUtf8Bytes(build(), GeoJsonWriter.Options))).Value, GeoJsonWriter.ContentType);
}
