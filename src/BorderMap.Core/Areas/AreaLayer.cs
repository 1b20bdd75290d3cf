namespace BorderMap.Core.Areas;

/// <summary>A named group of areas as shipped in one boundary file (countries, provinces, rivers).</summary>
public sealed record AreaLayer(string Id, string Title, IReadOnlyList<Area> Areas);
