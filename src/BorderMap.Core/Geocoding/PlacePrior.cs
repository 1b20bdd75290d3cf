namespace BorderMap.Core.Geocoding;

/// <summary>
/// How likely a place is to be meant before any context is known, from 0 to about 1.1: countries
/// first, then capitals and provinces, crossings and sites, then towns by population, districts, rivers and passes just below the smallest town (0.3 for a
/// town of 1,000 up to 0.8 for one of 100 million). Afghanistan and Tajikistan get 0.1 more and
/// their neighbours 0.05, because that is what BorderMap's sources are about.
/// </summary>
public static class PlacePrior
{
    private static readonly HashSet<string> Neighbours = new(StringComparer.Ordinal) { "UZ", "TM", "KG", "PK", "IR", "CN" };

    public static double Of(Place place)
    {
        var kind = place.Kind switch
        {
            PlaceKinds.Country => 1.0,
            PlaceKinds.Capital => 0.9,
            PlaceKinds.Admin1 => 0.85,
            PlaceKinds.Crossing or PlaceKinds.Site => 0.75,
            // Below a town of their name: unmarked, "Panj" and "Ishkashim" are the towns; "river" or "district" in the text says otherwise.
            PlaceKinds.District or PlaceKinds.River or PlaceKinds.Pass => 0.29,
            _ => Math.Min(0.8, 0.3 + (0.1 * Math.Log10(Math.Max(place.Population, 1000) / 1000.0))),
        };
        return kind + (place.Country is "AF" or "TJ" ? 0.1 : Neighbours.Contains(place.Country) ? 0.05 : 0);
    }

    /// <summary>Whether a place lies in Afghanistan, Tajikistan or a neighbour of theirs.</summary>
    public static bool IsRegional(Place place) => place.Country is "AF" or "TJ" || Neighbours.Contains(place.Country);

    /// <summary>
    /// Whether a place lies in the border area the sources report on: northern Afghanistan and Tajikistan with the edges of their
    /// neighbours (a country of the region counts wherever its point is). In running text a guess from a word's consonants alone is
    /// weak evidence, believed only here: the consonants of common words also spell places far away ("سخنگوی", spokesman: Shanghai;
    /// "وزارة", ministry: Azrah in Logar).
    /// </summary>
    public static bool InBorderArea(Place place) =>
        (place.Kind == PlaceKinds.Country && IsRegional(place))
        || place.Lat is >= BorderAreaSouth and <= BorderAreaNorth && place.Lon is >= BorderAreaWest and <= BorderAreaEast;

    private const double BorderAreaSouth = 34.8, BorderAreaNorth = 41.1, BorderAreaWest = 62.0, BorderAreaEast = 75.5;
}
