namespace BorderMap.Core.Search;

/// <summary>One search result: what was found, by which of its names, how well, and where it lies.</summary>
public sealed record SearchHit(string Kind, string Id, string Name, string Matched, double Score, double[] Extent);
