using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderMap.App.Api;

/// <summary>
/// The GeoJSON of what does not change while the server runs (the boundary layers, the towns, and
/// the base map that holds them all), written once, on its first request, and kept as UTF-8 bytes
/// that every later request sends as they are. Built as a JSON tree and serialised anew, the layers
/// cost the server ~25 ms of CPU on every first page (15 ms for the countries alone), beside the
/// page's claim queries. What is kept is bounded by the geodata (a few hundred KiB, twice: each
/// answer alone and the base map), never by the claims. Thread-safe.
/// </summary>
internal sealed class FixedGeoJson
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> tags = new(StringComparer.Ordinal);

    /// <summary>The UTF-8 JSON kept under <paramref name="key"/>, serialised from <paramref name="build"/>'s tree on the first call.</summary>
    public byte[] Bytes(string key, Func<JsonObject> build) =>
        Composed(key, () => JsonSerializer.SerializeToUtf8Bytes(build(), GeoJsonWriter.Options));

    /// <summary>The UTF-8 JSON kept under <paramref name="key"/>, written by <paramref name="compose"/> on the first call (e.g. from other kept answers).</summary>
    public byte[] Composed(string key, Func<byte[]> compose) =>
        written.GetOrAdd(key, _ => new Lazy<byte[]>(compose)).Value;

    /// <summary>
    /// A strong ETag for the bytes kept under <paramref name="key"/> (part of their SHA-256), computed
    /// once: the answer never changes while the server runs, and after a restart with other geodata
    /// its tag changes with it, so a browser may keep it and only ask whether it is still current.
    /// </summary>
    public string ETag(string key, byte[] kept) =>
        tags.GetOrAdd(key, _ => $"\"g{Convert.ToHexStringLower(SHA256.HashData(kept))[..32]}\"");
}
