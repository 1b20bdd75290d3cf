using NetTopologySuite.Geometries;

namespace BorderMap.GeodataBuild;

/// <summary>One output feature: a country, a province or region, or the border river.</summary>
/// <param name="Kind">"country", "province" or "river".</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the country the feature belongs to.</param>
/// <param name="Name">Today's English name.</param>
/// <param name="LocalName">The name in the official language (Dari for Afghanistan).</param>
/// <param name="Names">Names by language code, in the order written.</param>
/// <param name="Focus">Whether the app features this area first.</param>
internal sealed record AreaFeature(
    string Id,
    string Kind,
    string Country,
    string Name,
    string LocalName,
    IReadOnlyList<KeyValuePair<string, string>> Names,
    bool Focus,
    Geometry Geometry);
