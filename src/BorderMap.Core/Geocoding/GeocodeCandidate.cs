namespace BorderMap.Core.Geocoding;

/// <summary>
/// A place a name may refer to: the score (higher is better; 1 or more is a confident match), the
/// name that matched and a reason a researcher can read: what the place is, how its name matched and
/// what in the text supports it ("town in Badakhshan, Afghanistan · matched the name ‘Fayzabad’").
/// </summary>
public sealed record GeocodeCandidate(Place Place, double Score, string Matched, string Reason);
