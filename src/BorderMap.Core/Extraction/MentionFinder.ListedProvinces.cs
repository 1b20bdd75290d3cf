using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

// The districts of one list lie in one province: what one item's province says of its neighbour's.
public sealed partial class MentionFinder
{
    /// <summary>
    /// "In Kunduz, the Taliban took Aliabad and Khanabad", «در کندز، طالبان علی‌آباد و خان‌آباد را گرفتند»: a name its clause says was
    /// taken, listed beside a district, one of whose places is another district of that district's province, is a district too, though
    /// the scan could not call it a seat (Khanabad's town stands apart from the district's point, and Taloqan, the Takhar capital, once
    /// bore its name). The province's own capital stays the city.
    /// </summary>
    private void ShareTakenDistrictsProvince(string text, List<Found> found)
    {
        for (var f = 0; f < found.Count; f++)
        {
            if (found[f] is { KindHint: null, Taken: true, Seat: false } taken
                && ((f > 0 && InOneList(text, found[f - 1].Span, taken.Span) && DistrictOfProvince(found[f - 1], taken))
                    || (f + 1 < found.Count && InOneList(text, taken.Span, found[f + 1].Span) && DistrictOfProvince(found[f + 1], taken))))
            {
                found[f] = taken with { KindHint = PlaceKinds.District };
            }
        }
    }

    // Whether the neighbour is a district and the name may be another district of its province, but not that province's capital.
    private bool DistrictOfProvince(Found neighbour, Found name) =>
        neighbour.KindHint == PlaceKinds.District && name.Matches.Exists(m => m.Name.Place is { Kind: PlaceKinds.District } district
            && neighbour.Matches.Exists(d => d.Name.Place.Kind == PlaceKinds.District && d.Name.Place.Admin1 == district.Admin1 && d.Name.Place.Id != district.Id)
            && !TerritoryCues.NamesProvinceCapital(Geocoder.Gazetteer, name.Matches.FindAll(t => t.Name.Place.Admin1 == district.Admin1)));

    /// <summary>
    /// "in the Yavan and Khovaling districts", «в Яванском и Ховалингском районах», "د یاوان او خاولینګ په ولسوالیو کې": of two
    /// districts listed together, one whose districts all lie in one province (Khovaling, of Khatlon) says which of the other's
    /// namesakes is meant (Khatlon's Yavan, not Badakhshan's Yawan, which some sources also spell "Yavan"): the other keeps only its
    /// places of that province.
    /// </summary>
    private static void KeepListedDistrictsProvince(string text, List<Found> found)
    {
        for (var f = 0; f + 1 < found.Count; f++)
        {
            var (first, second) = (found[f], found[f + 1]);
            if (first.KindHint != PlaceKinds.District || second.KindHint != PlaceKinds.District || !InOneList(text, first.Span, second.Span))
            {
                continue;
            }

            if (OnlyDistrictProvince(second) is { } province && InProvinceAndOthers(first, province))
            {
                found[f] = first with { Matches = first.Matches.FindAll(m => m.Name.Place.Admin1 == province) };
            }
            else if (OnlyDistrictProvince(first) is { } firstProvince && InProvinceAndOthers(second, firstProvince))
            {
                found[f + 1] = second with { Matches = second.Matches.FindAll(m => m.Name.Place.Admin1 == firstProvince) };
            }
        }
    }

    // The one province all of the name's districts lie in; null when they lie in several or there are none.
    private static string? OnlyDistrictProvince(Found name)
    {
        string? province = null;
        foreach (var match in name.Matches)
        {
            if (match.Name.Place.Kind == PlaceKinds.District)
            {
                if (province is not null && province != match.Name.Place.Admin1)
                {
                    return null;
                }

                province = match.Name.Place.Admin1;
            }
        }

        return province;
    }

    // Whether the name has districts in the province and in another one.
    private static bool InProvinceAndOthers(Found name, string province) =>
        name.Matches.Exists(m => m.Name.Place.Kind == PlaceKinds.District && m.Name.Place.Admin1 == province)
        && name.Matches.Exists(m => m.Name.Place.Kind == PlaceKinds.District && m.Name.Place.Admin1 != province);
}
