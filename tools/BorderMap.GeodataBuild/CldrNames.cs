using System.Xml;
using System.Xml.Linq;

namespace BorderMap.GeodataBuild;

/// <summary>
/// Province and country names in several languages from the CLDR XML that npm's <c>cldr</c>
/// package ships (subdivisions/*.xml and main/*.xml territories).
/// </summary>
internal sealed class CldrNames
{
    /// <summary>The languages of the <c>names</c> property, in output order.</summary>
    public static readonly IReadOnlyList<string> NameLanguages = ["en", "de", "id", "ru", "fa", "ps", "uz", "tg"];

    private const string CommonDirectory = "package/3rdparty/cldr/common/";

    // CLDR writes this where a locale inherits the value from its parent; it is not a name.
    private const string InheritanceMarker = "↑↑↑";

    private static readonly XmlReaderSettings XmlSettings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    private readonly Dictionary<(string Language, string Code), string> subdivisions = [];
    private readonly Dictionary<(string Language, string Code), string> territories = [];

    private static IEnumerable<string> Languages => NameLanguages.Concat(CountryCatalog.Entries.Select(c => c.OfficialLanguage)).Distinct();

    /// <summary>Whether a tarball entry is one of the XML files this class reads.</summary>
    public static bool IsNeeded(string entryName) =>
        Languages.Any(language =>
            entryName == $"{CommonDirectory}subdivisions/{language}.xml" || entryName == $"{CommonDirectory}main/{language}.xml");

    public static CldrNames Load(IReadOnlyDictionary<string, byte[]> files)
    {
        var names = new CldrNames();
        foreach (var language in Languages)
        {
            // CLDR has no subdivision names for some languages (tg among them); that is not an error.
            if (files.TryGetValue($"{CommonDirectory}subdivisions/{language}.xml", out var subdivisionXml))
            {
                Collect(subdivisionXml, "subdivision", language, names.subdivisions);
            }

            if (!files.TryGetValue($"{CommonDirectory}main/{language}.xml", out var mainXml))
            {
                throw new GeodataBuildException($"The cldr package has no main/{language}.xml.");
            }

            Collect(mainXml, "territory", language, names.territories);
        }

        return names;
    }

    /// <summary>A subdivision name, e.g. ("de", "afbds") → "Badachschan".</summary>
    public string? Subdivision(string language, string code) => subdivisions.GetValueOrDefault((language, code));

    /// <summary>A country name, e.g. ("de", "TJ") → "Tadschikistan".</summary>
    public string? Territory(string language, string isoCode) => territories.GetValueOrDefault((language, isoCode));

    /// <summary>
    /// The <c>names</c> property: English from the catalog (CLDR's English differs for some
    /// provinces, e.g. "Urozgan", "Maidan Wardak"), the other languages from CLDR where it has them.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> NamesFor(string englishName, Func<string, string?> lookup)
    {
        var names = new List<KeyValuePair<string, string>> { new("en", englishName) };
        foreach (var language in NameLanguages.Skip(1))
        {
            if (lookup(language) is { } name)
            {
                names.Add(new(language, name));
            }
        }

        return names;
    }

    private static void Collect(byte[] xml, string elementName, string language, Dictionary<(string, string), string> target)
    {
        using var stream = new MemoryStream(xml);
        using var reader = XmlReader.Create(stream, XmlSettings);
        var document = XDocument.Load(reader);
        foreach (var element in document.Descendants(elementName))
        {
            // alt="short"/"variant" entries are alternatives to the main name, which has no alt.
            if (element.Attribute("alt") is null && element.Attribute("type")?.Value is { } code && element.Value != InheritanceMarker)
            {
                target[(language, code)] = element.Value.Trim();
            }
        }
    }
}
