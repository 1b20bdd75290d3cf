using NetTopologySuite.Geometries;

namespace BorderMap.Core.Areas;

/// <summary>
/// One feature of the boundary data: a country, a province (or Tajik region) or the border river.
/// <see cref="Id"/> is ISO 3166-1 alpha-2 for countries and ISO 3166-2 for provinces.
/// </summary>
public sealed record Area(
    string Id,
    AreaKind Kind,
    string Country,
    string Name,
    string? LocalName,
    IReadOnlyDictionary<string, string> Names,
    bool Focus,
    Geometry Geometry);
