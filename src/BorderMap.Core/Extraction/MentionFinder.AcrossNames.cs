using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

// What one name's words say of the names beside it or of its other mentions, read once the scan has found them all: a list's plural
// cue, a district taken along a list, a river named again without its word.
public sealed partial class MentionFinder
{
    // What one name's words say of the names beside it or of its other mentions: a list's plural cue, a district taken, a river.
    private void ReadAcrossNames(string text, List<Found> found)
    {
        SpreadPluralCues(text, found);
        ShareTakenDistricts(text, found);
        RepeatRiverReadings(text, found);
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

    private static Found Shared(string text, Found from, Found to, TextSpan first, TextSpan second) =>
        to.Seat && to.KindHint is null && from.Taken && InOneList(text, first, second) ? to with { KindHint = PlaceKinds.District, Taken = true } : to;
}
