using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

// What one name's words say of the names beside it or of its other mentions, read once the scan has found them all: a list's plural
// cue, a district taken along a list, a river named again without its word, the province a district is said to lie in.
public sealed partial class MentionFinder
{
    // What one name's words say of the names beside it or of its other mentions: a list's plural cue, a district taken, a river.
    private void ReadAcrossNames(string text, List<Found> found)
    {
        SpreadPluralCues(text, found);
        ShareTakenDistricts(text, found);
        ShareListedDistricts(text, found);
        ShareTakenDistrictsProvince(text, found);
        KeepListedDistrictsProvince(text, found);
        RepeatRiverReadings(text, found);
        ReadDistrictsProvinces(text, found);
        ReadProvincesByCompany(text, found);
    }

    /// <summary>
    /// "distrik Imam Sahib di Kunduz", "Bezirk Imam Sahib in Kundus", "ноҳияи Имом Соҳиб-и Қундуз", "مديرية إمام صاحب في قندوز",
    /// "د کندز د امام صاحب ولسوالۍ": a name joined to a district by a word of holding alone ("of", "in", the ezafe, the Pashto
    /// genitive before both) is what holds the district, and a district lies in a province, not in a town: a province that shares its
    /// name with its capital is the province there, also where the name as written is only the town's (Arabic "قندوز"; the province is
    /// "ولاية قندوز"). "Kunduz and the Imam Sahib district" (a list) and "fled the district to Kunduz" name the city.
    /// </summary>
    private void ReadDistrictsProvinces(string text, List<Found> found)
    {
        for (var f = 0; f + 1 < found.Count; f++)
        {
            var (first, second) = (found[f], found[f + 1]);
            var link = text.AsSpan(first.Span.End, second.Span.Start - first.Span.End).Trim(" \u00A0");
            if (second.KindHint is null && (IsHoldingWord(WithoutObjectMarker(link), text[second.Span.Start]) || EndsListOfNames(link)) && CalledDistrict(text, found, f))
            {
                found[f + 1] = AsProvinceOf(second, first);
            }
            else if (second.KindHint == PlaceKinds.District && first.KindHint is null && (link.SequenceEqual(PashtoGenitive) || IsUrduGenitiveOfKind(link)))
            {
                found[f] = AsProvinceOf(first, second);
            }
        }
    }

    // The holder read as the province of one of the district's districts, when one of its places is that province or its same-named seat.
    private Found AsProvinceOf(Found holder, Found district) =>
        AsProvince(holder, province => district.Matches.Exists(d => IsDistrictOf(d.Name.Place, province)));

    // The Pashto genitive stands before the holder and before the district held: "د کندز د امام صاحب" (of Kunduz, of Imam Sahib).
    private const string PashtoGenitive = "د";

    // "of", "in", "di" (Indonesian in), the Tajik ezafe written after a hyphen ("Имом Соҳиб-и Қундуз"), "في", "در", "дар", "په" (in); Persian
    // script may leave the ezafe unwritten ("ولسوالی امام صاحب کندز"). No "в" or "à": "в Кундуз" and "à Kunduz" are also "to Kunduz",
    // the city fled to.
    private static readonly HashSet<string> HoldingWords = new(StringComparer.OrdinalIgnoreCase) { "of", "in", "im", "di", "de", "du", "-и", "-i", "-e", "في", "در", "дар", "په" };

    // Persian, Tajik and Pashto close a list of things taken with the object's mark before saying where they lie ("شورابک، ارغنداب و
    // ژړی را در قندهار", "Жарӣ-ро дар Қандаҳор", "ژړۍ یې په کندهار کې"): the mark belongs to the list, the word after it holds it.
    private static ReadOnlySpan<char> WithoutObjectMarker(ReadOnlySpan<char> link)
    {
        var space = link.IndexOf(' ');
        return space > 0 && ObjectMarkers.Contains(link[..space]) ? link[(space + 1)..].TrimStart(' ') : link;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectMarkers =
        new HashSet<string>(StringComparer.Ordinal) { "را", "-ро", "ро", "یې" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HoldingWordSpans = HoldingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsHoldingWord(ReadOnlySpan<char> link, char nameStart) => link.IsEmpty ? NameTokens.IsArabicScript(nameStart) : HoldingWordSpans.Contains(link);

    private const int MostUnreadListNames = 3;

    /// <summary>
    /// "مديريات ميوند وزهري ونيش في قندهار", "ноҳияҳои Майванд, Жарӣ ва Неш-и Қандаҳор": a district list whose later names the scan did
    /// not read (an Arabic "و", and, written on them; a spelling the gazetteer lacks) still ends in the word of holding before its
    /// province. The link is read as such a list's tail when it holds only joiners, kind words and a few words written as names (a
    /// capital letter, or the Arabic "و" on a word of Arabic script), and ends in a holding word or a name with the Tajik ezafe on it.
    /// </summary>
    private static bool EndsListOfNames(ReadOnlySpan<char> link)
    {
        var names = 0;
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in link.SplitAny(ListGapPunctuation))
        {
            var word = link[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!last.IsEmpty && !IsListWord(last, ref names))
            {
                return false;
            }

            last = word;
        }

        // The tail names at least one unread name: a holding word alone is the one-district rule above.
        return names + (EndsInEzafe(last) ? 1 : 0) > 0 && names <= MostUnreadListNames && (HoldingWordSpans.Contains(last) || EndsInEzafe(last));
    }

    private static bool IsListWord(ReadOnlySpan<char> word, ref int names)
    {
        if (JoinerSpans.Contains(word) || KindCues.IsCue(word.ToString()))
        {
            return true;
        }

        var written = char.IsUpper(word[0]) || (word.Length > 2 && word[0] == 'و' && NameTokens.IsArabicScript(word[1]));
        names += written ? 1 : 0;
        return written;
    }

    // "Неш-и": a capitalised name with the Tajik ezafe written after a hyphen.
    private static bool EndsInEzafe(ReadOnlySpan<char> word) =>
        word.Length > 3 && char.IsUpper(word[0]) && (word.EndsWith("-и", StringComparison.Ordinal) || word.EndsWith("-i", StringComparison.Ordinal));

    // Urdu's genitive stands after the holder and before the kind word of what it holds: "قندھار کے اضلاع میوند" (Kandahar's districts Maywand).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UrduGenitives =
        new HashSet<string>(StringComparer.Ordinal) { "کے", "کی", "کا" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsUrduGenitiveOfKind(ReadOnlySpan<char> link)
    {
        var space = link.IndexOf(' ');
        return space > 0 && UrduGenitives.Contains(link[..space]) && KindCues.KindOf(link[(space + 1)..].Trim(' ').ToString()) == PlaceKinds.District;
    }

    /// <summary>
    /// A name the text calls a river by a word or verb beside it ("через Пяндж", "дарёи Панҷ") is the river where it is written again
    /// with nothing beside it ("бежавших за Пяндж", "аз Панҷ гурехтаро"): a report does not name a river and a town by one name without
    /// a word to tell them apart. Its towns of that name (Pyandzh, the old name of Dŭstí) would otherwise outrank it. A name listed
    /// beside another place ("Дар Кӯлоб ва Панҷ", in Kulob and Panj) or named as a point to measure from ("25 km west of Panj") is a
    /// town's: a river is neither.
    /// </summary>
    private static void RepeatRiverReadings(string text, List<Found> found)
    {
        var rivers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in found)
        {
            if (f.KindHint == PlaceKinds.River)
            {
                rivers.UnionWith(f.Matches.Where(m => m.Name.Place.Kind == PlaceKinds.River).Select(m => m.Name.Place.Id));
            }
        }

        for (var f = 0; rivers.Count > 0 && f < found.Count; f++)
        {
            var listed = (f > 0 && InOneList(text, found[f - 1].Span, found[f].Span)) || (f + 1 < found.Count && InOneList(text, found[f].Span, found[f + 1].Span));
            if (found[f].KindHint is null && !listed && !IsReference(text, found[f].Span) && found[f].Matches.Exists(m => rivers.Contains(m.Name.Place.Id)))
            {
                found[f] = found[f] with { KindHint = PlaceKinds.River };
            }
        }
    }

    private bool NamesakeOfNeighbours(List<NameMatch> matches, Found neighbour) =>
        TerritoryCues.NamesakeOfNeighboursProvince(Geocoder.Gazetteer, matches, neighbour.Matches);

    // "Khwahan, Wakhan and Ishkashim districts": a plural cue after a list names the kind of every place before it too.
    private void SpreadPluralCues(string text, List<Found> found)
    {
        for (var f = found.Count - 2; f >= 0; f--)
        {
            var capital = found[f].Capital && !NamesakeOfNeighbours(found[f].Matches, found[f + 1]);
            if (found[f].KindHint is null && ListKindFor(found[f + 1].CueAfter, capital) is { } kind && InOneList(text, found[f].Span, found[f + 1].Span))
            {
                found[f] = found[f] with { KindHint = kind, CueAfter = kind };
            }
        }
    }

    /// <summary>
    /// "captured Farkhar, Kalafgan and Khwaja Ghar", "زیباک او جرم ته ننوتل": a district and seat taken is taken with every
    /// district-and-seat name listed beside it, whichever end of the list the verb stands at.
    /// </summary>
    private static void ShareTakenDistricts(string text, List<Found> found)
    {
        for (var f = 1; f < found.Count; f++)
        {
            found[f] = Shared(text, found[f - 1], found[f], found[f - 1].Span, found[f].Span);
        }

        for (var f = found.Count - 2; f >= 0; f--)
        {
            found[f] = Shared(text, found[f + 1], found[f], found[f].Span, found[f + 1].Span);
        }
    }

    /// <summary>
    /// "Taliban rebut Kishim, Tashkan dan Yawan", "Les talibans prennent Kishim, Tashkan et Yawan", "طالبان کشم، تشکان و یاوان را …
    /// گرفتند": a district-and-seat name listed beside a district is the district (the README's rule 2, a list whose other items are
    /// districts), whatever verb the list stands under and however far it is. A neighbour is a district when its name is a district of
    /// the seat's own province and no town of that province (Kishim, whose seat is Mashhad; Yawan, whose namesake town lies in
    /// Tajikistan): two seats side by side ("Taloqan and Jurm"), or a district and a town of one name ("Колхозабад и Джиликуль"), say
    /// nothing.
    /// </summary>
    private static void ShareListedDistricts(string text, List<Found> found)
    {
        var listStart = 0; // the first item of the list the mention stands in
        for (var f = 0; f < found.Count; f++)
        {
            listStart = f > 0 && InOneList(text, found[f - 1].Span, found[f].Span) ? listStart : f;
            var seat = found[f];
            if (seat.Seat && seat.KindHint is null
                && ((f > 0 && InOneList(text, found[f - 1].Span, seat.Span) && IsDistrictBeside(found[f - 1], seat))
                    || (f + 1 < found.Count && InOneList(text, seat.Span, found[f + 1].Span) && IsDistrictBeside(found[f + 1], seat)))
                && !AfterPlaceWord(text, found[listStart].Span.Start))
            {
                found[f] = seat with { KindHint = PlaceKinds.District };
            }
        }
    }

    // "crossed the border at Ishkashim and Shighnan" ("از مرز در اشکاشم و شغنان"): a list after a word of place says where something
    // happened (the README's rule 3), each item read on its own.
    private static readonly HashSet<string> PlaceWordsBeforeList = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "im", "bei", "à", "près", "di", "dekat", "в", "во", "у", "около", "возле", "дар", "назди", "در", "نزدیک", "في", "وفي", "قرب", "په",
    };

    private static bool AfterPlaceWord(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(" \u00A0");
        var space = before.LastIndexOfAny(" \u00A0\n");
        var word = before[(space + 1)..].ToString();
        return PlaceWordsBeforeList.Contains(word);
    }

    // The neighbour's name is a district of the seat's province and no town of that province: a word beside it proves nothing more
    // ("in Imam Sahib and Dasht-e Archi district": the singular kind word names the last item only).
    private static bool IsDistrictBeside(Found neighbour, Found seat) =>
        neighbour.Matches.Exists(m => m.Name.Place is { Kind: PlaceKinds.District } district
            && seat.Matches.Exists(s => s.Name.Place.Kind == PlaceKinds.District && s.Name.Place.Admin1 == district.Admin1)
            && !neighbour.Matches.Exists(t => t.Name.Place.Kind == PlaceKinds.PopulatedPlace && t.Name.Place.Admin1 == district.Admin1));

    private static Found Shared(string text, Found from, Found to, TextSpan first, TextSpan second) =>
        to.Seat && to.KindHint is null && from.Taken && InOneList(text, first, second) ? to with { KindHint = PlaceKinds.District, Taken = true } : to;
}
