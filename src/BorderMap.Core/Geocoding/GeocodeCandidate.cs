namespace BorderMap.Core.Geocoding;

/// <summary>
/// A place a name may refer to: the score (higher is better; 1 or more is a confident match), the
/// name that matched and a human-readable reason listing how the score was reached.
/// </summary>
public sealed record GeocodeCandidate(Place Place, double Score, string Matched, string Reason);
