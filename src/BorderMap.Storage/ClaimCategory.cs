namespace BorderMap.Storage;

/// <summary>
/// A claim's id and category, all a list needs that groups claims by category and names them by id
/// (the region panel's first claims): read without the claim's data or geometry.
/// </summary>
public sealed record ClaimCategory(string Id, string Category);
