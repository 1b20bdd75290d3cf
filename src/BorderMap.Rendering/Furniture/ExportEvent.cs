namespace BorderMap.Rendering.Furniture;

/// <summary>
/// An event as an export lists it: its title, status and "N sources, M independent", its claims
/// (those on the map get its number) and every one of its sources, by id.
/// </summary>
public sealed record ExportEvent(string Id, string Title, string Status, string Independence, IReadOnlyList<string> ClaimIds, IReadOnlyList<string> SourceIds);
