using BorderMap.Core.Measurement;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// Turns a place name in any common spelling or script into ranked gazetteer candidates. The score
/// is 0.6 × how well the name matched (<see cref="NameMatcher"/>) + 0.4 × how likely the place is
/// (<see cref="PlacePrior"/>) + context: 0.25 when a neighbouring word names the place's kind
/// ("kota", "provinsi"; −0.1 for the other kinds), the text's other names (<see cref="AddTextContext"/>),
/// 0.25 when a country adjective qualifies the name ("the Tajik town of"), −0.3 when the text says the place was reached by
/// crossing from its own country or lies across the river from it, 0.1 when another place of the text lies within 150 km, 0.05 more when a town of the same sentence
/// lies within 50 km, 0.1 for a site whose host town the sentence names, 0.1 for a caption's place on the side of the report's dateline, 0.2 for a capital named beside another country's capital or in a credit line; and 0.15
/// for a town that shares its province's name, unless a word says the province is meant or the sentence names another of the province's
/// districts (then the province gets 0.25); −0.01 for a town's name that spells none of its own but another town's (<see cref="OtherNames"/>).
/// Immutable and thread-safe.
/// </summary>
public sealed class Geocoder(Gazetteer gazetteer)
{
    private const double NearbyKm = 150;
    private const double AcrossTheRiverKm = 50;
    private const double HostTownKm = 3;
    private const double OtherGarrisonShare = 0.99;
    private const double CapitalContext = 0.2;
    private const int ListedPlaces = 8;
    private const int MostReasons = 10; // what the place is, how its name matched, and at most one of each of the eight tests of Weigh

    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>Ranked candidates for a free-text query, best first (prefix matches included for type-ahead).</summary>
    /// <remarks>A kind word around the name ("provinsi Badakhshan", "Kandahar city") is read as a hint, not matched as part of the name.</remarks>
    public IReadOnlyList<GeocodeCandidate> Geocode(string query, GeocodeContext? context = null, int limit = 10)
    {
        context ??= GeocodeContext.None;
        var (name, kind) = KindCues.Strip(query);
        return Rank(NameMatcher.Match(Gazetteer, name, allowPrefix: true), context with { KindHint = context.KindHint ?? kind }, limit);
    }

    /// <summary>Ranks name matches: one candidate per place (its best match), best first.</summary>
    /// <remarks>
    /// Every match is weighed, but only the candidates kept are described: the reasons' text is most of the work for a name of many places.
    /// The order is total (score, then population, then id), so a sort of the places' best matches gives one answer; the extractor
    /// ranks every mention twice, so this runs without grouping or ordering iterators.
    /// </remarks>
    public IReadOnlyList<GeocodeCandidate> Rank(IEnumerable<NameMatch> matches, GeocodeContext context, int limit = 10)
    {
        var scored = Scored(matches, context);
        Array.Sort(scored, ByRank);
        var kept = new GeocodeCandidate[Math.Min(limit, scored.Length)];
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = Candidate(scored[i].Match, context);
        }

        return kept;
    }

    /// <summary>The place <see cref="Rank"/> would put first, if any, without describing it: the extractor asks this of every name before ranking it in its context.</summary>
    public Place? BestPlace(IEnumerable<NameMatch> matches, GeocodeContext context)
    {
        var scored = Scored(matches, context);
        if (scored.Length == 0)
        {
            return null;
        }

        var first = scored[0];
        for (var i = 1; i < scored.Length; i++)
        {
            if (ByRank(scored[i], first) < 0)
            {
                first = scored[i];
            }
        }

        return first.Match.Name.Place;
    }

    // Each place's best match with its score in the context, unordered.
    private (NameMatch Match, double Score)[] Scored(IEnumerable<NameMatch> matches, GeocodeContext context)
    {
        var best = BestPerPlace(matches, context);
        var scored = new (NameMatch Match, double Score)[best.Count];
        for (var i = 0; i < scored.Length; i++)
        {
            scored[i] = (best[i], Math.Round(Weigh(best[i], context, null), 3));
        }

        return scored;
    }

    // The candidates' total order: score, then population, then id; a place has one entry, so no two compare equal.
    private static int ByRank((NameMatch Match, double Score) a, (NameMatch Match, double Score) b) =>
        b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore
        : b.Match.Name.Place.Population.CompareTo(a.Match.Name.Place.Population) is var byPopulation and not 0 ? byPopulation
        : string.CompareOrdinal(a.Match.Name.Place.Id, b.Match.Name.Place.Id);

    // Each place's strongest match (the first of equal strength), its other garrisons' included.
    private List<NameMatch> BestPerPlace(IEnumerable<NameMatch> matches, GeocodeContext context)
    {
        var best = new List<NameMatch>(matches.TryGetNonEnumeratedCount(out var count) ? count : 0);
        // Most names are of a few places, found faster in the list than through a dictionary; a name of many places gets one.
        Dictionary<string, int>? indexOf = null;
        int IndexOf(string id)
        {
            if (indexOf is null && best.Count > ListedPlaces)
            {
                indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < best.Count; i++)
                {
                    indexOf.Add(best[i].Name.Place.Id, i);
                }
            }

            if (indexOf is not null)
            {
                return indexOf.TryGetValue(id, out var at) ? at : -1;
            }

            for (var i = 0; i < best.Count; i++)
            {
                if (best[i].Name.Place.Id == id)
                {
                    return i;
                }
            }

            return -1;
        }

        void Keep(NameMatch match)
        {
            var at = IndexOf(match.Name.Place.Id);
            if (at < 0)
            {
                indexOf?.Add(match.Name.Place.Id, best.Count);
                best.Add(match);
            }
            else if (match.Strength > best[at].Strength)
            {
                best[at] = match;
            }
        }

        void KeepWithGarrisons(NameMatch match)
        {
            Keep(match);
            if (match.Name.Place.Kind == PlaceKinds.Site)
            {
                foreach (var garrison in OtherGarrisons(match, context))
                {
                    Keep(garrison);
                }
            }
        }

        // A list, as the mention finder gives, is walked without a boxed enumerator: this runs twice for every name of a text.
        if (matches is List<NameMatch> list)
        {
            foreach (var match in list)
            {
                KeepWithGarrisons(match);
            }
        }
        else
        {
            foreach (var match in matches)
            {
                KeepWithGarrisons(match);
            }
        }

        return best;
    }

    /// <summary>
    /// A base's name is also the name of each of its other garrisons whose host town the sentence names ("the 201st military base in
    /// Bokhtar"), a little weaker, so that a province or a neighbour named beside it does not move the base to another garrison.
    /// </summary>
    private IEnumerable<NameMatch> OtherGarrisons(NameMatch match, GeocodeContext context) =>
        Gazetteer.OtherGarrisons(match.Name.Place).Where(g => HostTown(g, context) is not null)
            .Select(garrison => new NameMatch(new NameRef(garrison, match.Name.Name), match.Strength * OtherGarrisonShare, $"{match.How}, the name of its base"));

    private GeocodeCandidate Candidate(NameMatch match, GeocodeContext context)
    {
        // The reason is read by researchers choosing a place, so it names places, not ids or weights.
        var reasons = new List<string>(MostReasons) { Describe(match.Name.Place), match.How };
        var score = Weigh(match, context, reasons);
        return new GeocodeCandidate(match.Name.Place, Math.Round(score, 3), match.Name.Name.Text, string.Join(" · ", reasons));
    }

    /// <summary>The match's score in its context; when <paramref name="reasons"/> is given, what weighed is added to it in words.</summary>
    private double Weigh(NameMatch match, GeocodeContext context, List<string>? reasons)
    {
        var place = match.Name.Place;
        var score = (0.6 * match.Strength) + (0.4 * PlacePrior.Of(place));
        if (OtherNames.IsOtherTownsOwn(Gazetteer, match.Name))
        {
            // Less than any word of context: it only settles two towns of one name that nothing else tells apart.
            score -= OtherNameCost;
            reasons?.Add($"a name it once bore, now another town's own, not its own ‘{place.Name}’");
        }

        var isPoint = PlaceKinds.IsPoint(place.Kind);
        if (context.KindHint is { } hint)
        {
            var fits = FitsKind(hint, place.Kind);
            score += fits ? 0.25 : Contradicts(hint, place.Kind) ? -RiverOrLandMismatch : -0.1;
            reasons?.Add(fits ? $"the text calls it a {KindWord(hint)}" : $"the text calls it a {KindWord(hint)}, but it is a {KindWord(place.Kind)}");
        }
        else if (Gazetteer.IsNamesakeOfProvince(place, match.Name.Name) && !NamesProvinceOfDistricts(place, context))
        {
            score += 0.15;
            reasons?.Add($"shares its name with its province {NameOf(place.Admin1)}");
        }

        // A river is the border itself: "the Tajik bank of the Panj" says nothing against the Panj.
        if (context.Country is { } country && place.Kind != PlaceKinds.River)
        {
            var inCountry = place.Country == country;
            score += inCountry ? 0.25 : -0.1;
            reasons?.Add(inCountry ? $"the text calls it {NameOf(country)}'s" : $"the text calls it {NameOf(country)}'s, but it lies in {NameOf(place.Country)}");
        }

        if ((context.LeftCountry ?? context.AcrossFrom) is { } across && place.Country == across && place.Kind is not (PlaceKinds.River or PlaceKinds.Country))
        {
            score -= 0.3;
            reasons?.Add(context.LeftCountry is not null ? $"the text says it was reached by crossing from {NameOf(across)}, where it lies"
                : $"the text puts it across the river from {NameOf(across)}, where it lies");
        }

        if (context.FiledFrom is { } filed && place.Country == filed && place.Kind is not (PlaceKinds.River or PlaceKinds.Country))
        {
            score += FiledFromContext;
            reasons?.Add($"a caption of a report filed from {NameOf(filed)}");
        }

        AddTextContext(place, context, ref score, reasons);
        if (place.Kind == PlaceKinds.Capital && context.KindHint is null)
        {
            AddCapitalContext(place, context, ref score, reasons);
        }

        if (isPoint && PointWithin(context.SentencePlaces, place, AcrossTheRiverKm, riversToo: false) is { } neighbour)
        {
            // Of two places of one name in one province, the one beside the sentence's other town is meant: "Kolkhozobod and Jilikul"
            // are the border towns 20 km apart, not Vose' (once also Kolkhozabad) by Kulob, 100 km away.
            score += 0.05;
            reasons?.Add($"within {AcrossTheRiverKm:0} km of {neighbour.Name}, named in the same sentence");
        }

        if (place.Kind == PlaceKinds.Site && HostTown(place, context) is { } host)
        {
            score += 0.1;
            reasons?.Add($"its host town {host.Name} is named in the same sentence");
        }

        if (isPoint && PointWithin(context.NearbyPlaces, place, NearbyKm, riversToo: true) is { } near)
        {
            score += 0.1;
            reasons?.Add($"near {near.Name}, which the text names");
        }

        return score;
    }

    /// <summary>
    /// Where a country's capital is meant rather than a village of its name: capitals named together stand for their states ("Москва
    /// обещает Душанбе больше оружия", Moscow promises Dushanbe more arms), and a credit line names the cities reporters work from,
    /// where agencies keep their bureaus ("Анна Берг, Москва").
    /// </summary>
    private void AddCapitalContext(Place capital, GeocodeContext context, ref double score, List<string>? reasons)
    {
        if (context.InCredit)
        {
            score += CapitalContext;
            reasons?.Add("a credit line names it as where a reporter works");
        }
        else if (OtherCapital(context.SentencePlaces, capital) is { } other)
        {
            score += CapitalContext;
            reasons?.Add($"named beside {other.Name}, the capital of {NameOf(other.Country)}");
        }
    }

    /// <summary>
    /// The town of the sentence at a site's point: a base's garrison town, a camp's town. A town named only to say where something else
    /// lies ("moved to a range near Bustonqal'a, a few kilometres east of Bokhtar") hosts nothing of the sentence.
    /// </summary>
    private static Place? HostTown(Place site, GeocodeContext context) =>
        context.SentencePlaces.FirstOrDefault(p => p.Kind is PlaceKinds.PopulatedPlace or PlaceKinds.Capital && DistanceKm(p, site) <= HostTownKm && !context.ReferencePlaces.Contains(p));

    /// <summary>
    /// What the other names of the text say: its province or country named in the same sentence
    /// (0.3 for the province, 0.2 for a place of the same country, 0.1 for the country) weighs more than
    /// named elsewhere in the text (0.1 for the province, 0.05 for the country).
    /// </summary>
    private void AddTextContext(Place place, GeocodeContext context, ref double score, List<string>? reasons)
    {
        var hasProvince = place.Admin1.Length > 0 && place.Admin1 != place.Id;
        if (hasProvince && WithId(context.SentencePlaces, place.Admin1) is { } province)
        {
            // The province says more than a neighbour of the same country: "в Шугнанском и Ишкашимском районах ГБАО" are the Tajik districts, whatever country their neighbours resolved to.
            score += 0.3;
            reasons?.Add($"the sentence names its province {province.Name}");
        }
        else if (place.Kind == PlaceKinds.Admin1 && DistrictOf(context.SentencePlaces, place.Id, place.Id) is { } district)
        {
            // A province named beside its own districts frames them ("In Baghlan, the men who held the Deh-e Salah district"); a little
            // more than a place of its country, not as much as a seat of its name named by it ("Sar-e Pul, after the Sangcharak district fell").
            score += 0.25;
            reasons?.Add($"the sentence names its district {district.Name}");
        }
        else if (place.Kind != PlaceKinds.Country && context.ClauseCountry == place.Country)
        {
            score += 0.25;
            reasons?.Add($"its country {NameOf(place.Country)} is named before it in its clause");
        }
        // A border river is no neighbour of one country's towns: the gazetteer files the Panj under Afghanistan, but "crossed the Panj at
        // Ishkashim" says nothing of the bank. Rivers named together ("the Panj, further west called Amu Darya") are one river system.
        // A border bridge joins both banks: "left their post at Ishkashim and crossed the Ishkashim bridge" says nothing of the bank either.
        else if (place.Kind != PlaceKinds.Country && NeighbourInCountry(context.SentencePlaces, place) is { } neighbour)
        {
            score += 0.2;
            reasons?.Add($"in the same country as {neighbour.Name}, named in the same sentence");
        }
        else if (PlaceKinds.IsPoint(place.Kind) && PointWithin(context.SentencePlaces, place, AcrossTheRiverKm, riversToo: true) is { } acrossTheRiver)
        {
            // The border valleys are one region with two countries: "the Wakhan village of Langar" lies on the Tajik bank.
            score += 0.2;
            reasons?.Add($"near {acrossTheRiver.Name}, named in the same sentence");
        }
        else if (place.Kind != PlaceKinds.Country && WithId(context.SentencePlaces, place.Country) is not null)
        {
            score += 0.1;
            reasons?.Add($"the sentence names its country {NameOf(place.Country)}");
        }
        else if (hasProvince && context.MentionedIds.Contains(place.Admin1))
        {
            score += 0.1;
            reasons?.Add($"the text mentions its province {NameOf(place.Admin1)}");
        }
        else if (place.Country != place.Id && context.MentionedIds.Contains(place.Country))
        {
            score += 0.05;
            reasons?.Add($"the text mentions its country {NameOf(place.Country)}");
        }
    }

    // The tests below run for every match of every name in a text, several to a match: loops over the context's places, so that
    // no closure is made per match.

    /// <summary>
    /// Whether a town's name shared with its province names the province here: the sentence names another district of that province
    /// ("In Baghlan, … the Deh-e Salah district"; "In Samangan, the Ruy Duab district", where Samangan is also a name of Aibak). A seat
    /// whose own name is its province's, in any romanisation ("Sar-e Pul", province "Sar-e Pol"), is still the town ("Kunduz and the Imam
    /// Sahib district"): a report that names the capital means the city.
    /// </summary>
    private bool NamesProvinceOfDistricts(Place town, GeocodeContext context) =>
        DistrictOf(context.SentencePlaces, town.Admin1, town.Id) is not null && ProvinceNamedLike(town) is null;

    /// <summary>The province whose seat the town is and whose name is its own in any romanisation (Kunduz; Sar-e Pul of Sar-e Pol), if any.</summary>
    public Place? ProvinceNamedLike(Place town) =>
        Gazetteer.Find(town.Admin1) is { } province && ConsonantSkeleton.OfLatin(province.Name) == ConsonantSkeleton.OfLatin(town.Name) && DistanceKm(province, town) <= HostTownKm
            ? province : null;

    // The first district of the province among the places, other than the place of id except.
    private static Place? DistrictOf(IReadOnlyList<Place> places, string province, string except)
    {
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            if (p.Kind == PlaceKinds.District && p.Admin1 == province && p.Id != except)
            {
                return p;
            }
        }

        return null;
    }

    // The first other place that is a point (a river only if riversToo) within km of the place.
    private static Place? PointWithin(IReadOnlyList<Place> places, Place place, double km, bool riversToo)
    {
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            if (p.Id != place.Id && (riversToo || p.Kind != PlaceKinds.River) && PlaceKinds.IsPoint(p.Kind) && DistanceKm(p, place) <= km)
            {
                return p;
            }
        }

        return null;
    }

    // The first capital of another country among the places.
    private static Place? OtherCapital(IReadOnlyList<Place> places, Place capital)
    {
        for (var i = 0; i < places.Count; i++)
        {
            if (places[i].Kind == PlaceKinds.Capital && places[i].Country != capital.Country)
            {
                return places[i];
            }
        }

        return null;
    }

    private static Place? WithId(IReadOnlyList<Place> places, string id)
    {
        for (var i = 0; i < places.Count; i++)
        {
            if (places[i].Id == id)
            {
                return places[i];
            }
        }

        return null;
    }

    // The first other place of the place's country that is no country or crossing, and no river unless the place is one.
    private static Place? NeighbourInCountry(IReadOnlyList<Place> places, Place place)
    {
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            if (p.Id != place.Id && p.Kind is not (PlaceKinds.Country or PlaceKinds.Crossing) && (p.Kind != PlaceKinds.River || place.Kind == PlaceKinds.River) && p.Country == place.Country)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a kind word rules a place out: a word for a river never names a town or an area, nor theirs a river ("дарёи Панҷ", the Panj
    /// river, is not the town of Panj, however many of the sentence's places lie in the town's country). Between settlements and areas a
    /// kind word only leans, as reports call a district's centre by the district's word and the other way round.
    /// </summary>
    private static bool Contradicts(string hint, string kind) => (hint == PlaceKinds.River) != (kind == PlaceKinds.River);

    // What a caption's name of two countries gains on the side its report was filed from: as much as a neighbour within 150 km.
    private const double FiledFromContext = 0.1;

    // What a name that spells none of a place's own costs it: about what 1.8 times the population gives a town (PlacePrior).
    private const double OtherNameCost = 0.01;

    // What a river word costs a town (or a town's word a river): more than the sentence's neighbours and a country adjective give it.
    private const double RiverOrLandMismatch = 0.35;

    /// <summary>Whether a place of kind <paramref name="kind"/> is what a cue word for <paramref name="hint"/> names (a "town" cue fits capitals, crossings and sites).</summary>
    public static bool FitsKind(string hint, string kind) =>
        hint == kind || (hint == PlaceKinds.PopulatedPlace && kind is PlaceKinds.Capital or PlaceKinds.Crossing or PlaceKinds.Site);

    /// <summary>"province in Afghanistan", "town in Badakhshan, Afghanistan", "country".</summary>
    private string Describe(Place place)
    {
        var country = NameOf(place.Country);
        return place.Kind switch
        {
            PlaceKinds.Country => "country",
            PlaceKinds.Admin1 => $"province in {country}",
            _ when place.Admin1.Length > 0 && place.Admin1 != place.Id => $"{KindWord(place.Kind)} in {NameOf(place.Admin1)}, {country}",
            _ => $"{KindWord(place.Kind)} in {country}",
        };
    }

    private string NameOf(string id) => Gazetteer.Find(id)?.Name ?? id;

    private static string KindWord(string kind) => kind switch
    {
        PlaceKinds.Admin1 => "province",
        PlaceKinds.PopulatedPlace => "town",
        PlaceKinds.Crossing => "border crossing",
        PlaceKinds.District => "district",
        _ => kind,
    };

    // Places more than 1.5° of latitude or 3° of longitude apart are farther than 150 km here; only closer pairs need the geodesic.
    internal static double DistanceKm(Place a, Place b) =>
        Math.Abs(a.Lat - b.Lat) > 1.5 || Math.Abs(a.Lon - b.Lon) > 3 ? double.MaxValue
        : Geodesic.Distance(new Coordinate(a.Lon, a.Lat), new Coordinate(b.Lon, b.Lat)) / 1000;
}
