using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

// A capital's name that its province shares (Kandahar, Kunduz) is the city unless the sentence says the province is meant: the names
// listed beside it are provinces, or it frames a sentence about the province's districts.
public sealed partial class MentionFinder
{
    /// <summary>
    /// Reads a name shared by a province and its capital as the province by the company it keeps in its sentence (the README's
    /// "A province and its same-named capital"):
    /// <list type="bullet">
    /// <item>listed with a name that is only a province ("9 districts in Helmand and Kandahar", "dans le Helmand et à Kandahar",
    /// «في هلمند وقندهار»): a list holds things of one kind;</item>
    /// <item>opening its sentence after a word of place, with a district of that province named later in the sentence ("In Kunduz, the
    /// Taliban took the Chahar Dara district", "In Kandahar nahmen die Taliban … im Bezirk Zhari ein"): the sentence is about the
    /// province it names first. "Kunduz and the Imam Sahib district", "fighting in Kunduz" and "Kunduz fell" stay the city.</item>
    /// </list>
    /// </summary>
    private void ReadProvincesByCompany(string text, List<Found> found)
    {
        for (var f = 0; f < found.Count; f++)
        {
            if (found[f].KindHint is not null || !found[f].Capital)
            {
                continue;
            }

            var listed = (f > 0 && IsOnlyProvince(found[f - 1]) && ListedOrPlacedBeside(text, found[f - 1].Span, found[f].Span))
                || (f + 1 < found.Count && IsOnlyProvince(found[f + 1]) && ListedOrPlacedBeside(text, found[f].Span, found[f + 1].Span));
            var district = listed || !HeadsSentenceAfterPlaceWord(text, found[f].Span.Start) ? null : DistrictLaterInSentence(text, found, f);
            if (listed || district is not null)
            {
                found[f] = AsProvince(found[f], province => district is null || district.Matches.Exists(d => IsDistrictOf(d.Name.Place, province)));
            }
        }
    }

    // A name read as a province by its own words, or one whose every place of the region is a province (Helmand, whose river is named
    // with a river word): no capital's name.
    private bool IsOnlyProvince(Found neighbour) =>
        !neighbour.Capital && (neighbour.KindHint == PlaceKinds.Admin1
            || (neighbour.KindHint is null && Geocoder.BestPlace(neighbour.Matches, GeocodeContext.None) is { Kind: PlaceKinds.Admin1 }));

    // One list, or two names joined by "and" and a word of place ("dans le Helmand et à Kandahar", "в Кундузе и в Тахаре").
    private static bool ListedOrPlacedBeside(string text, TextSpan first, TextSpan second)
    {
        if (InOneList(text, first, second))
        {
            return true;
        }

        var between = text.AsSpan(first.End, second.Start - first.End).Trim(ListGapPunctuation);
        var space = between.IndexOf(' ');
        return space > 0 && JoinerSpans.Contains(between[..space]) && PlaceWordsBeforeList.Contains(between[(space + 1)..].ToString());
    }

    /// <summary>Whether the name at <paramref name="start"/> opens its sentence after one word of place ("In Kunduz, …", «وفي قندهار»).</summary>
    private static bool HeadsSentenceAfterPlaceWord(string text, int start)
    {
        if (!AfterPlaceWord(text, start))
        {
            return false;
        }

        var before = text.AsSpan(0, start).TrimEnd(" \u00A0");
        var opening = before[..(before.LastIndexOfAny(" \u00A0\n") + 1)].TrimEnd(" \u00A0");
        return opening.IsEmpty || SentenceEnds.Contains(opening[^1]);
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?\n۔؟");

    // The first later name of the sentence that a word, list or verb calls a district, if any; not one listed with the name itself.
    private static Found? DistrictLaterInSentence(string text, List<Found> found, int f)
    {
        var listedWithName = true;
        for (var k = f + 1; k < found.Count && text.AsSpan(found[f].Span.End, found[k].Span.Start - found[f].Span.End).IndexOfAny(SentenceEnds) < 0; k++)
        {
            listedWithName = listedWithName && InOneList(text, found[k - 1].Span, found[k].Span);
            if (!listedWithName && CalledDistrict(text, found, k))
            {
                return found[k];
            }
        }

        return null;
    }

    /// <summary>
    /// A name a kind word, list or verb calls a district, or a district's name that its clause says was taken, itself or with the list
    /// it stands in ("fighters overran Maywand, Ghorak and Nesh", "hold Shorabak, Arghandab and Zhari", «میوند، غورک و نیش را تصرف
    /// کردند»): territory taken is a district (the README's rule 2), whether or not a town of its name stands at its point.
    /// </summary>
    private static bool CalledDistrict(string text, List<Found> found, int k)
    {
        if (found[k].KindHint is not null)
        {
            return found[k].KindHint == PlaceKinds.District;
        }

        var first = k;
        while (first > 0 && InOneList(text, found[first - 1].Span, found[first].Span))
        {
            first--;
        }

        for (var item = first; item == first || (item < found.Count && InOneList(text, found[item - 1].Span, found[item].Span)); item++)
        {
            if (found[item].KindHint is null && found[item].Taken)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDistrictOf(Place place, Place province) => place.Kind == PlaceKinds.District && place.Admin1 == province.Id;

    /// <summary>
    /// The holder read as a province that <paramref name="fits"/>: one of its places, or the province a capital of its name is the seat
    /// of (Arabic "قندوز" is only the town's name; the province is "ولاية قندوز"), added as a match of the same strength.
    /// </summary>
    private Found AsProvince(Found holder, Func<Place, bool> fits)
    {
        foreach (var match in holder.Matches)
        {
            var place = match.Name.Place;
            var province = place.Kind == PlaceKinds.Admin1 ? place : place.Kind == PlaceKinds.PopulatedPlace ? Geocoder.ProvinceNamedLike(place) : null;
            if (province is not null && fits(province))
            {
                var matches = holder.Matches.Exists(m => m.Name.Place.Id == province.Id) ? holder.Matches
                    : [.. holder.Matches, new NameMatch(new NameRef(province, match.Name.Name), match.Strength, $"{match.How}, its seat's name")];
                return holder with { KindHint = PlaceKinds.Admin1, Matches = matches };
            }
        }

        return holder;
    }
}
