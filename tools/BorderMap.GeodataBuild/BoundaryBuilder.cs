using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Operation.Valid;

namespace BorderMap.GeodataBuild;

/// <summary>Builds the province and country features from rounded Natural Earth admin-1 rows.</summary>
internal static class BoundaryBuilder
{
    // CLDR's Persian province names read "ولایت X" ("X Province"); the label names the province alone.
    private const string PersianProvinceWord = "ولایت ";

    public static IReadOnlyList<AreaFeature> Provinces(IReadOnlyList<(ProvinceEntry Entry, Admin1Row Row)> provinces, CldrNames cldr) =>
        [.. provinces.Select(p =>
        {
            var (entry, row) = p;
            AssertValid(row.Geometry, entry.Id);
            return new AreaFeature(
                entry.Id,
                "province",
                entry.Country,
                entry.EnglishName,
                ProvinceLocalName(entry, cldr),
                CldrNames.NamesFor(entry.EnglishName, language => cldr.Subdivision(language, entry.CldrCode)),
                Admin1Catalog.FocusIds.Contains(entry.Id),
                row.Geometry);
        })];

    /// <summary>
    /// Dissolves each country's own admin-1 rows, so that country edges are the province edges
    /// and two neighbours share their border vertex for vertex.
    /// </summary>
    /// <param name="admin0">The source's admin-0 polygons, used only as a cross-check of the area.</param>
    public static IReadOnlyList<AreaFeature> Countries(IReadOnlyList<Admin1Row> rows, IReadOnlyDictionary<string, Geometry> admin0, CldrNames cldr) =>
        [.. CountryCatalog.Entries.Select(country =>
        {
            var parts = rows.Where(r => r.CountryIso == country.Id).Select(r => r.Geometry).ToList();
            if (parts.Count == 0)
            {
                throw new GeodataBuildException($"states_provinces has no rows for {country.Id}.");
            }

            var dissolved = Grid.AsMultiPolygon(OverlayNGRobust.Union(Grid.Factory.BuildGeometry(parts)), country.Id);
            AssertValid(dissolved, country.Id);
            AssertVerticesFromParts(dissolved, parts, country.Id);
            AssertSameArea(dissolved, admin0, country.Id);
            return new AreaFeature(
                country.Id,
                "country",
                country.Id,
                country.EnglishName,
                cldr.Territory(country.OfficialLanguage, country.Id) ?? throw new GeodataBuildException($"CLDR has no {country.OfficialLanguage} name for {country.Id}."),
                CldrNames.NamesFor(country.EnglishName, language => cldr.Territory(language, country.Id)),
                country.Id == CountryCatalog.FocusId,
                dissolved);
        })];

    public static void AssertValid(Geometry geometry, string label)
    {
        var validation = new IsValidOp(geometry);
        if (!validation.IsValid)
        {
            throw new GeodataBuildException($"{label}: invalid geometry: {validation.ValidationError}");
        }
    }

    private static string ProvinceLocalName(ProvinceEntry entry, CldrNames cldr)
    {
        if (entry.Country == "AF")
        {
            var dari = cldr.Subdivision("fa", entry.CldrCode) ?? throw new GeodataBuildException($"CLDR has no fa name for {entry.Id}.");
            return dari.StartsWith(PersianProvinceWord, StringComparison.Ordinal) ? dari[PersianProvinceWord.Length..] : dari;
        }

        // CLDR has no Tajik subdivision names; Russian is Tajikistan's other official language.
        return cldr.Subdivision("tg", entry.CldrCode)
            ?? cldr.Subdivision("ru", entry.CldrCode)
            ?? throw new GeodataBuildException($"CLDR has neither a tg nor a ru name for {entry.Id}.");
    }

    /// <summary>The union must not have created vertices: then every country edge is a province edge.</summary>
    private static void AssertVerticesFromParts(Geometry dissolved, IEnumerable<Geometry> parts, string label)
    {
        var partVertices = parts.SelectMany(p => p.Coordinates).Select(c => (c.X, c.Y)).ToHashSet();
        var foreign = dissolved.Coordinates.FirstOrDefault(c => !partVertices.Contains((c.X, c.Y)));
        if (foreign is not null)
        {
            throw new GeodataBuildException($"{label}: the dissolved country has vertex {foreign} that none of its provinces has.");
        }
    }

    private static void AssertSameArea(Geometry dissolved, IReadOnlyDictionary<string, Geometry> admin0, string label)
    {
        if (!admin0.TryGetValue(label, out var reference))
        {
            throw new GeodataBuildException($"The countries layer has no row for {label}.");
        }

        var ratio = dissolved.Area / reference.Area;
        if (Math.Abs(ratio - 1) > 0.01)
        {
            throw new GeodataBuildException($"{label}: the dissolved area differs from the countries layer by {(ratio - 1) * 100:F2} %.");
        }
    }
}
