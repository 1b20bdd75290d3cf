namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>
/// One row of gazetteer.tsv. <see cref="Names"/> are (language, name) pairs besides
/// <see cref="Name"/>; <see cref="Admin1"/> is an ISO 3166-2 id for Afghanistan and Tajikistan
/// (as in boundaries/provinces.geojson) and the id of an <c>a1:</c> entry elsewhere.
/// </summary>
internal sealed record GazetteerEntry(
    string Id,
    string Kind,
    string Name,
    double Lat,
    double Lon,
    string Admin1,
    string Country,
    long Population,
    IReadOnlyList<(string Language, string Name)> Names,
    string Source);
