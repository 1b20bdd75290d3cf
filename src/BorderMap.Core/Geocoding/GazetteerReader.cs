using System.Globalization;
using BorderMap.Core.Geodata;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// Reads the gazetteer's tab-separated files: <c>gazetteer.tsv</c> (built by the GeodataBuild tool)
/// and <c>curated.tsv</c> (hand-written). Both have the columns id, kind, name, lat, lon, admin1,
/// country, population, names (<c>lang=name</c> joined by <c>|</c>) and source; lines starting with
/// <c>#</c> are comments. A name tagged with a language and a kind word (<c>fa-x-bridge=دوستی</c>) is a feature's proper name,
/// read as the names <see cref="FeatureNames"/> composes with the kind word. A curated row of kind <c>alias</c> adds its names to the entry with its id
/// instead of making a new entry. Problems raise <see cref="GeodataException"/> with file and line.
/// </summary>
public static class GazetteerReader
{
    public const string GeneratedFile = "gazetteer.tsv";
    public const string CuratedFile = "curated.tsv";
    private const string Alias = "alias";
    private const int Columns = 10;

    /// <summary>
    /// Loads <c>gazetteer/gazetteer.tsv</c> and <c>gazetteer/curated.tsv</c> (if present) from a geodata directory, with the
    /// Perso-Arabic spellings <see cref="DerivedNames"/> derives for the border provinces' districts and villages and the bridge
    /// names <see cref="CrossingNames"/> makes from the towns at a bridge.
    /// </summary>
    public static Gazetteer Load(string geodataDirectory) => new(CrossingNames.AddTo(DerivedNames.AddTo(ReadPlaces(geodataDirectory))));

    /// <summary>
    /// The places of <see cref="Load"/> without the name index a <see cref="Gazetteer"/> builds for geocoding (maps need only the places),
    /// with a town GeoNames holds twice made one as the gazetteer makes it (<see cref="DuplicateTowns"/>), so a map shows it once.
    /// </summary>
    public static IReadOnlyList<Place> LoadPlaces(string geodataDirectory) => DuplicateTowns.Collapse(ReadPlaces(geodataDirectory)).Places;

    // Every record of both files; the gazetteer collapses duplicate towns itself, keeping the dropped ids as answers to Find.
    private static IReadOnlyList<Place> ReadPlaces(string geodataDirectory)
    {
        var directory = Path.Combine(geodataDirectory, "gazetteer");
        var places = Read(Path.Combine(directory, GeneratedFile), $"gazetteer/{GeneratedFile}", allowAliases: false).ToDictionary(r => r.Place.Id, StringComparer.Ordinal);
        var curatedPath = Path.Combine(directory, CuratedFile);
        if (File.Exists(curatedPath))
        {
            Merge(places, Read(curatedPath, $"gazetteer/{CuratedFile}", allowAliases: true), $"gazetteer/{CuratedFile}");
        }

        return [.. places.Values.Select(p => p.Place)];
    }

    private sealed record Row(Place Place, bool IsAlias, int Line);

    /// <summary>The file's rows in order, each id at most once among the non-alias rows.</summary>
    private static List<Row> Read(string path, string displayName, bool allowAliases)
    {
        if (!File.Exists(path))
        {
            throw new GeodataException(displayName, "file", "the gazetteer file is missing; build it with tools/BorderMap.GeodataBuild (verb gazetteer)");
        }

        var rows = new List<Row>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        var sawHeader = false;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!sawHeader)
            {
                sawHeader = true;
                continue;
            }

            var row = Parse(line, displayName, lineNumber, allowAliases);
            if (!row.IsAlias && !ids.Add(row.Place.Id))
            {
                throw new GeodataException(displayName, $"line {lineNumber}", $"id '{row.Place.Id}' occurs twice");
            }

            rows.Add(row);
        }

        return rows;
    }

    private static Row Parse(string line, string displayName, int lineNumber, bool allowAliases)
    {
        var where = $"line {lineNumber}";
        var f = line.Split('\t');
        if (f.Length != Columns)
        {
            throw new GeodataException(displayName, where, $"expected {Columns} tab-separated columns, found {f.Length}");
        }

        var isAlias = allowAliases && f[1] == Alias;
        if (!isAlias && !PlaceKinds.All.Contains(f[1]))
        {
            throw new GeodataException(displayName, $"{where}, column kind", $"'{f[1]}' is not one of {string.Join(", ", PlaceKinds.All)}{(allowAliases ? ", alias" : "")}");
        }

        var lat = Number(f[3], displayName, $"{where}, column lat", isAlias, -90, 90);
        var lon = Number(f[4], displayName, $"{where}, column lon", isAlias, -180, 180);
        if (f[0].Length == 0 || (!isAlias && f[2].Length == 0))
        {
            throw new GeodataException(displayName, where, "id and name must not be empty");
        }

        var population = f[7].Length == 0 ? 0 : long.TryParse(f[7], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p
            : throw new GeodataException(displayName, $"{where}, column population", $"'{f[7]}' is not a whole number");
        var names = new List<PlaceName>();
        foreach (var pair in f[8].Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                throw new GeodataException(displayName, $"{where}, column names", $"'{pair}' is not lang=name");
            }

            var (tag, text) = (pair[..equals], pair[(equals + 1)..]);
            if (!FeatureNames.IsProperNameTag(tag))
            {
                names.Add(new PlaceName(tag, text));
                continue;
            }

            names.AddRange(FeatureNames.Compose(tag, text)
                ?? throw new GeodataException(displayName, $"{where}, column names", $"'{tag}' is no kind word of a language BorderMap composes names in ({FeatureNames.Known})"));
        }

        return new Row(new Place(f[0], f[1], f[2], lat, lon, f[5], f[6], population, names, f[9]), isAlias, lineNumber);
    }

    private static double Number(string text, string file, string where, bool optional, double min, double max)
    {
        if (optional && text.Length == 0)
        {
            return 0;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new GeodataException(file, where, $"'{text}' is not a number from {min} to {max}");
    }

    private static void Merge(Dictionary<string, Row> places, List<Row> curated, string displayName)
    {
        foreach (var row in curated)
        {
            if (!row.IsAlias)
            {
                if (!places.TryAdd(row.Place.Id, row))
                {
                    throw new GeodataException(displayName, $"line {row.Line}", $"id '{row.Place.Id}' is already in the generated gazetteer; use kind alias to add names to it");
                }

                continue;
            }

            if (!places.TryGetValue(row.Place.Id, out var target))
            {
                throw new GeodataException(displayName, $"line {row.Line}", $"alias for unknown id '{row.Place.Id}'");
            }

            places[row.Place.Id] = target with { Place = target.Place with { Names = [.. target.Place.Names, .. row.Place.Names] } };
        }
    }
}
