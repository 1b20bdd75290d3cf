namespace BorderMap.Core.Claims;

/// <summary>
/// The stored attributes of a claim, exactly as written in a claims file (GeoJSON feature
/// properties). Geometry is held beside it in <see cref="Claim"/>, because a claim may instead
/// reference regions or borders that are resolved against the boundary data.
/// <see cref="Credibility"/> is the claim's information credibility, 1–6 (<see cref="InformationCredibility"/>), or null when not rated.
/// </summary>
public sealed record ClaimData(
    string Title,
    string Category,
    IReadOnlyList<string> Actors,
    string Place,
    IReadOnlyList<string> Refs,
    IReadOnlyList<string> Areas,
    int GeoPrecision,
    string EventDate,
    string? EndDate,
    string TimePrecision,
    string ReportedDate,
    string Source,
    Quote Quote,
    string Translation,
    string? Note,
    string Status,
    IReadOnlyDictionary<string, double> Numbers,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    int? Credibility = null);
