using System.Text.Json.Serialization;
using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

/// <summary>
/// A place name found in a text: where (code points, end exclusive, like quotes), as written, the
/// word that said which kind of place it is, and the ranked candidates (best first) once resolved.
/// </summary>
public sealed record PlaceMention(string Text, int Start, int End, string? KindHint, IReadOnlyList<GeocodeCandidate> Candidates)
{
    /// <summary>The chosen place: the best candidate.</summary>
    [JsonIgnore]
    public GeocodeCandidate Best => Candidates[0];
}
