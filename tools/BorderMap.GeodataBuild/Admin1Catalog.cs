using NetTopologySuite.Geometries;

namespace BorderMap.GeodataBuild;

/// <summary>
/// How one province or region is found among the Natural Earth rows, and what it is called today.
/// </summary>
/// <param name="Id">ISO 3166-2 code; the CLDR subdivision code is this code in lower case without the hyphen.</param>
/// <param name="SourceName">The row's <c>name</c> attribute, which is outdated or wrong for some rows.</param>
/// <param name="WoeName">When set, the row's <c>woe_name</c> must equal it (splits two rows that share a name).</param>
/// <param name="GnName">When set, the row's <c>gn_name</c> must equal it (same purpose).</param>
/// <param name="Capital">A town that must lie inside the polygon: it proves the label goes with the right shape.</param>
internal sealed record ProvinceEntry(
    string Id,
    string EnglishName,
    string SourceName,
    string? WoeName,
    string? GnName,
    ReferenceTown Capital)
{
    public string Country => Id[..2];

    public string CldrCode => Id.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();

    public bool Matches(Admin1Row row) =>
        row.CountryIso == Country
        && row.Name == SourceName
        && (WoeName is null || row.WoeName == WoeName)
        && (GnName is null || row.GnName == GnName);
}

/// <summary>A town by approximate WGS 84 position (hand-entered, to about 0.01°).</summary>
internal sealed record ReferenceTown(string Name, double Latitude, double Longitude)
{
    public Point ToPoint() => Grid.Factory.CreatePoint(new Coordinate(Longitude, Latitude));
}

/// <summary>
/// The 34 Afghan provinces and 5 Tajik regions, with the fixes the source rows need. The FIPS
/// codes in the source are shared by the mislabelled duplicate rows, so rows are told apart by
/// name plus woe_name or gn_name instead.
/// </summary>
internal static class Admin1Catalog
{
    public static readonly IReadOnlyList<ProvinceEntry> Entries =
    [
        new("AF-BAL", "Balkh", "Balkh", null, null, new("Mazar-i-Sharif", 36.71, 67.11)),
        new("AF-BAM", "Bamyan", "Bamyan", null, null, new("Bamyan", 34.82, 67.83)),
        new("AF-BDG", "Badghis", "Badghis", null, null, new("Qala-e-Naw", 34.99, 63.13)),
        new("AF-BDS", "Badakhshan", "Badakhshan", null, null, new("Fayzabad", 37.12, 70.58)),
        new("AF-BGL", "Baghlan", "Baghlan", null, null, new("Pul-e Khumri", 35.94, 68.71)),
        // The second "Uruzgan" row is Daykundi, split from Uruzgan in 2004; only woe_name says so.
        new("AF-DAY", "Daykundi", "Uruzgan", "Daykundi", null, new("Nili", 33.72, 66.13)),
        new("AF-FRA", "Farah", "Farah", null, null, new("Farah", 32.37, 62.11)),
        new("AF-FYB", "Faryab", "Faryab", null, null, new("Maymana", 35.92, 64.78)),
        new("AF-GHA", "Ghazni", "Ghazni", null, null, new("Ghazni", 33.55, 68.42)),
        new("AF-GHO", "Ghor", "Ghor", null, null, new("Chaghcharan", 34.52, 65.25)),
        // The row is named "Hilmand"; gn_name has the usual English spelling.
        new("AF-HEL", "Helmand", "Hilmand", null, "Helmand", new("Lashkar Gah", 31.59, 64.37)),
        new("AF-HER", "Herat", "Hirat", null, null, new("Herat", 34.35, 62.20)),
        new("AF-JOW", "Jowzjan", "Jawzjan", null, null, new("Sheberghan", 36.67, 65.75)),
        new("AF-KAB", "Kabul", "Kabul", null, null, new("Kabul", 34.53, 69.17)),
        new("AF-KAN", "Kandahar", "Kandahar", null, null, new("Kandahar", 31.61, 65.71)),
        new("AF-KAP", "Kapisa", "Kapisa", null, null, new("Mahmud-i-Raqi", 35.02, 69.33)),
        new("AF-KDZ", "Kunduz", "Kunduz", null, null, new("Kunduz", 36.73, 68.86)),
        new("AF-KHO", "Khost", "Khost", null, null, new("Khost", 33.34, 69.92)),
        new("AF-KNR", "Kunar", "Kunar", null, null, new("Asadabad", 34.87, 71.15)),
        new("AF-LAG", "Laghman", "Laghman", null, null, new("Mehtar Lam", 34.65, 70.21)),
        new("AF-LOG", "Logar", "Logar", null, null, new("Pul-i-Alam", 33.99, 69.02)),
        new("AF-NAN", "Nangarhar", "Nangarhar", null, null, new("Jalalabad", 34.43, 70.45)),
        new("AF-NIM", "Nimroz", "Nimroz", null, null, new("Chakhansur", 31.17, 62.07)),
        new("AF-NUR", "Nuristan", "Nuristan", null, null, new("Parun", 35.42, 70.92)),
        // Panjshir was split from Parwan in 2004; the source keeps the name "Parwan" on both rows.
        new("AF-PAN", "Panjshir", "Parwan", null, "Panjshir", new("Bazarak", 35.31, 69.52)),
        new("AF-PAR", "Parwan", "Parwan", null, "Parwan", new("Charikar", 35.01, 69.17)),
        new("AF-PIA", "Paktia", "Paktya", null, null, new("Gardez", 33.60, 69.23)),
        new("AF-PKA", "Paktika", "Paktika", null, null, new("Sharana", 33.14, 68.78)),
        new("AF-SAM", "Samangan", "Samangan", null, null, new("Aybak", 36.26, 68.02)),
        new("AF-SAR", "Sar-e Pol", "Sari Pul", null, null, new("Sar-e Pol", 36.22, 65.93)),
        new("AF-TAK", "Takhar", "Takhar", null, null, new("Taloqan", 36.74, 69.53)),
        new("AF-URU", "Uruzgan", "Uruzgan", "Uruzgan", null, new("Tarinkot", 32.63, 65.87)),
        new("AF-WAR", "Wardak", "Wardak", null, null, new("Maidan Shahr", 34.40, 68.87)),
        new("AF-ZAB", "Zabul", "Zabul", null, null, new("Qalat", 32.11, 66.91)),
        // Natural Earth keeps the Soviet-era name of Sughd and a placeholder for the RRS.
        new("TJ-DU", "Dushanbe", "Dushanbe", null, null, new("Dushanbe", 38.56, 68.79)),
        new("TJ-GB", "Gorno-Badakhshan", "Gorno-Badakhshan", null, null, new("Murghob", 38.17, 73.96)),
        new("TJ-KT", "Khatlon", "Khatlon", null, null, new("Bokhtar", 37.84, 68.78)),
        new("TJ-RA", "Districts of Republican Subordination", "Tadzhikistan Territories", null, null, new("Hisor", 38.52, 68.55)),
        new("TJ-SU", "Sughd", "Leninabad", null, null, new("Khujand", 40.28, 69.62)),
    ];

    /// <summary>Provinces whose claims the app looks at first.</summary>
    public static readonly IReadOnlySet<string> FocusIds = new HashSet<string>(StringComparer.Ordinal) { "AF-BDS", "AF-TAK", "AF-KAN", "AF-HEL" };

    /// <summary>
    /// Pairs every row of the given countries with exactly one entry. Fails if a row matches no
    /// entry or several, if an entry matches no row or several, or if a capital falls outside.
    /// </summary>
    public static IReadOnlyList<(ProvinceEntry Entry, Admin1Row Row)> Resolve(IEnumerable<Admin1Row> rows)
    {
        var pairs = new List<(ProvinceEntry, Admin1Row)>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var matches = Entries.Where(e => e.Matches(row)).ToList();
            if (matches.Count != 1)
            {
                throw new GeodataBuildException(
                    $"states_provinces row fid {row.Fid} ({row.CountryIso} '{row.Name}', woe_name '{row.WoeName}', gn_name '{row.GnName}') " +
                    $"matches {matches.Count} catalog entries; expected exactly one.");
            }

            var entry = matches[0];
            if (!used.Add(entry.Id))
            {
                throw new GeodataBuildException($"Catalog entry {entry.Id} matches more than one states_provinces row.");
            }

            if (!row.Geometry.Contains(entry.Capital.ToPoint()))
            {
                throw new GeodataBuildException(
                    $"{entry.Id} {entry.EnglishName}: reference town {entry.Capital.Name} is outside the polygon of row fid {row.Fid} ('{row.Name}'); the mapping is wrong.");
            }

            pairs.Add((entry, row));
        }

        var missing = Entries.Where(e => !used.Contains(e.Id)).Select(e => e.Id).ToList();
        if (missing.Count > 0)
        {
            throw new GeodataBuildException($"No states_provinces row found for {string.Join(", ", missing)}.");
        }

        var afghan = pairs.Count(p => p.Item1.Country == "AF");
        var tajik = pairs.Count(p => p.Item1.Country == "TJ");
        return afghan == 34 && tajik == 5 && used.Count == 39
            ? pairs
            : throw new GeodataBuildException($"Expected 34 AF and 5 TJ provinces with unique ids, got {afghan} AF and {tajik} TJ.");
    }
}
