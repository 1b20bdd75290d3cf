using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

/// <summary>
/// An area named to say where a town lies ("the Wakhan village of Langar", "the Badakhshan town of Ishkashim") holds the town. Read
/// in another country than the town, the area's name means a region of both banks: the Wakhan valley, whose Tajik half holds Langar,
/// where the gazetteer's Wakhan is the Afghan district. Then the area's namesake in the town's country is meant if it has one (Tajik
/// Badakhshan), else no place of the gazetteer is, and the name is no mention.
/// </summary>
internal static class AreaQualifiers
{
    public static void Settle(string text, List<PlaceMention> mentions, List<MentionEvidence> evidence)
    {
        for (var m = mentions.Count - 2; m >= 0; m--)
        {
            var (area, town) = (mentions[m].Best.Place, mentions[m + 1].Best.Place);
            if (area.Kind is not (PlaceKinds.District or PlaceKinds.Admin1) || area.Country == town.Country || !Qualifies(text, evidence[m].Span, evidence[m + 1].Span))
            {
                continue;
            }

            if (mentions[m].Candidates.FirstOrDefault(c => c.Place.Country == town.Country && c.Place.Kind == area.Kind) is { } namesake)
            {
                Namesakes.Prefer(mentions, m, namesake.Place.Id);
            }
            else
            {
                mentions.RemoveAt(m);
                evidence.RemoveAt(m);
            }
        }
    }

    // Whether the area is followed by a town word and "of" and then at once by the town: "Wakhan village of Langar".
    private static bool Qualifies(string text, TextSpan area, TextSpan town)
    {
        if (!PlaceRoles.QualifiesNext(text, area.End))
        {
            return false;
        }

        var between = text.AsSpan(area.End, town.Start - area.End).Trim();
        var space = between.IndexOf(' ');
        return space > 0 && between[(space + 1)..].TrimStart() is "of";
    }
}
