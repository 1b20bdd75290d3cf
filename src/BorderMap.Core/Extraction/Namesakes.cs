using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Where a mention stands (UTF-16), in which sentence, the country the text puts it in by a word beside it, if any, and whether its
/// reading rests on evidence of its own (<see cref="MentionFinder"/>'s ReadOnItsOwnEvidence).
/// </summary>
internal readonly record struct MentionEvidence(TextSpan Span, int Sentence, string? Country, bool Strong = false);

/// <summary>
/// Same-name places read together after each mention is ranked on its own. Of two mentions of one name in a sentence that were read
/// as one place ("the bridge between Ishkashim and Ishkashim in Afghanistan"), when the text puts only one of them in that country,
/// the other is its namesake across the border. A name in brackets right after another that it can name ("اشکاشم (Ishkoshim)") is
/// the same place written otherwise. A name written again later in the text, read as another town of the same province, is the
/// town it was read as first (<see cref="OneTownPerName"/>). A district named in a sentence beside a longer name that holds its own is
/// named beside its seat (<see cref="SeatsNamedLonger"/>). A name read with evidence of its own keeps that reading where the text
/// names it again without any (<see cref="OneSensePerName"/>).
/// </summary>
internal static class Namesakes
{
    private const int Reach = 8; // mentions either side: one sentence names few places

    public static void Settle(string text, List<PlaceMention> mentions, List<MentionEvidence> evidence)
    {
        for (var a = 0; a < mentions.Count; a++)
        {
            for (var b = Math.Max(0, a - Reach); b < Math.Min(mentions.Count, a + Reach + 1); b++)
            {
                if (b == a || evidence[b].Sentence != evidence[a].Sentence || !HasCandidate(mentions[a], mentions[b].Best.Place.Id))
                {
                    continue;
                }

                var other = mentions[b].Best.Place;

                if (b == a - 1 && text[evidence[b].Span.End..evidence[a].Span.Start].Trim() == "(")
                {
                    Prefer(mentions, a, other.Id);
                    break;
                }

                if (evidence[a].Country is null && evidence[b].Country == other.Country && mentions[a].Best.Place.Id == other.Id
                    && Across(mentions[a], other) is { } across)
                {
                    Prefer(mentions, a, across.Place.Id);
                    break;
                }
            }
        }

        SeatsNamedLonger(mentions, evidence);
        OneTownPerName(mentions);
        OneSensePerName(mentions, evidence);
    }

    /// <summary>
    /// A text means one place by one name: a name read with evidence of its own (a dateline's country, "ISHKOSHIM, Tajikistan"; a kind
    /// word) is that place where the text names it again with none ("Reporting by … in Ishkoshim and
    /// … in Fayzabad"), and a neighbour of the later mention does not move it across the border. Only a reading of the later mention's
    /// kind counts ("the Ishkoshim district" says nothing of the town), only when the earlier readings of that kind agree, and not in a
    /// sentence that names the place's namesake too ("the bridge between Ishkashim and its Afghan namesake", settled above).
    /// </summary>
    private static void OneSensePerName(List<PlaceMention> mentions, List<MentionEvidence> evidence)
    {
        // The places earlier mentions were read as on their own evidence, by id: looked up by the later mention's candidates, so a long
        // text costs a look-up per candidate, not a walk over every earlier mention (a strong mention is never moved here).
        var strong = new Dictionary<string, Place>(StringComparer.Ordinal);
        for (var m = 0; m < mentions.Count; m++)
        {
            var best = mentions[m].Best.Place;
            if (evidence[m].Strong)
            {
                strong.TryAdd(best.Id, best);
                continue;
            }

            if (mentions[m].KindHint is not null || EarlierSense(mentions[m], strong) is not { } sense || sense.Id == best.Id
                || NamedInSentence(mentions, evidence, m, sense.Id))
            {
                continue;
            }

            Prefer(mentions, m, sense.Id);
        }
    }

    // The one place of the mention's kind among its candidates that earlier mentions were read as on their own evidence; null if none or several.
    private static Place? EarlierSense(PlaceMention mention, Dictionary<string, Place> strong)
    {
        Place? sense = null;
        var kind = mention.Best.Place.Kind;
        foreach (var candidate in mention.Candidates)
        {
            if (strong.TryGetValue(candidate.Place.Id, out var earlier) && earlier.Kind == kind)
            {
                if (sense is not null && sense.Id != earlier.Id)
                {
                    return null;
                }

                sense = earlier;
            }
        }

        return sense;
    }

    // Whether another mention of the mention's sentence is read as the place of that id.
    private static bool NamedInSentence(List<PlaceMention> mentions, List<MentionEvidence> evidence, int m, string id)
    {
        for (var o = Math.Max(0, m - Reach); o < Math.Min(mentions.Count, m + Reach + 1); o++)
        {
            if (o != m && evidence[o].Sentence == evidence[m].Sentence && mentions[o].Best.Place.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    // The mention's candidate of the other's kind in another country. A loop, not a lambda: a lambda over the other place would be
    // made for every pair of mentions looked at, before the pair is even weighed.
    private static GeocodeCandidate? Across(PlaceMention mention, Place other)
    {
        foreach (var candidate in mention.Candidates)
        {
            if (candidate.Place.Country != other.Country && candidate.Place.Kind == other.Kind)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// "In the Tashkan district, the Taliban overran Bazar-e Tashkan, the district centre": GeoNames gives the seat's name to the district
    /// too, but a sentence that names the district by one name and then by a longer one holding it names the seat the second time. Of
    /// two mentions of one sentence read as one district, the longer is the town of that province among its candidates. A district named
    /// twice by one name, or a case form of it, keeps both readings.
    /// </summary>
    private static void SeatsNamedLonger(List<PlaceMention> mentions, List<MentionEvidence> evidence)
    {
        for (var a = 0; a < mentions.Count; a++)
        {
            var district = mentions[a].Best.Place;
            for (var b = Math.Max(0, a - Reach); district.Kind == PlaceKinds.District && b < Math.Min(mentions.Count, a + Reach + 1); b++)
            {
                if (b != a && evidence[b].Sentence == evidence[a].Sentence && mentions[b].Best.Place.Id == district.Id
                    && mentions[b].Text.Length > mentions[a].Text.Length && mentions[b].Text.Contains(mentions[a].Text, StringComparison.OrdinalIgnoreCase)
                    && mentions[b].Candidates.FirstOrDefault(c => c.Place.Kind == PlaceKinds.PopulatedPlace && c.Place.Admin1 == district.Admin1) is { } seat)
                {
                    Prefer(mentions, b, seat.Place.Id);
                }
            }
        }
    }

    /// <summary>
    /// A text that names a town twice means one town: a caption's "near Moskovskiy, Khatlon region" is the Moskovskiy the story read
    /// beside Vose' and Kulob, not a namesake of that province that the caption's few words happen to favour. Only a town of the same
    /// kind and province as the first reading is replaced, so a district and its seat, or namesakes across the border, stay apart.
    /// </summary>
    private static void OneTownPerName(List<PlaceMention> mentions)
    {
        var first = new Dictionary<string, Place>(StringComparer.Ordinal);
        for (var m = 0; m < mentions.Count; m++)
        {
            var best = mentions[m].Best.Place;
            if (!first.TryAdd(mentions[m].Text, best) && first[mentions[m].Text] is { } earlier && earlier.Id != best.Id
                && earlier.Kind == best.Kind && earlier.Admin1 == best.Admin1 && earlier.Admin1.Length > 0 && HasCandidate(mentions[m], earlier.Id))
            {
                Prefer(mentions, m, earlier.Id);
            }
        }
    }

    // A loop, not a closure: asked for every two mentions near each other.
    private static bool HasCandidate(PlaceMention mention, string id)
    {
        foreach (var candidate in mention.Candidates)
        {
            if (candidate.Place.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    internal static void Prefer(List<PlaceMention> mentions, int m, string id)
    {
        var candidates = mentions[m].Candidates;
        var chosen = candidates.First(c => c.Place.Id == id);
        mentions[m] = mentions[m] with { Candidates = [chosen, .. candidates.Where(c => c != chosen)] };
    }
}
