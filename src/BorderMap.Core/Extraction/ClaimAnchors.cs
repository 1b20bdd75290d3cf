using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Chooses the places a claim is anchored on, from the roles of a sentence's places (<see cref="SentencePlaceRoles"/>) and its category:
/// troops sent somewhere are anchored where they were sent; people and soldiers who fled or crossed, where they came from when the
/// sentence says; reservists, where they were called up from; otherwise the most specific places that are not destinations (nor the country or province that holds a destination)
/// nor rivers crossed nor ways taken (a bridge crossed over: the event is where they came from, unless it happened at the bridge), and
/// of those the ones after a locative when only some are, a setting at the head of the sentence yielding to a place as specific after it;
/// a district taken is the place of a change of control over a town named after a locative.
/// </summary>
public static class ClaimAnchors
{
    /// <summary>The mentions a claim of <paramref name="category"/> is anchored on (never empty for a non-empty sentence).</summary>
    /// <param name="sentence">The sentence, asked whether people were taken in (see below) only when it names where they came from.</param>
    public static List<PlaceMention> Of(List<PlaceMention> mentions, IReadOnlyDictionary<PlaceMention, PlaceRole> roles, string category, string sentence)
    {
        // A state's troops sent or moved somewhere stand there now ("sent 1,000 troops to Murghob, its district bordering … the Wakhan"),
        // unless a country is all they were sent to and the sentence names a place in it.
        var destinations = mentions.FindAll(m => roles[m] == PlaceRole.Destination);
        if (category == "military-presence" && destinations.Any(d => d.Best.Place.Kind != PlaceKinds.Country))
        {
            return MostSpecific(destinations);
        }

        // Those who fled or crossed are placed where they came from ("150 Afghans from the Shighnan district crossed into Tajikistan near
        // Khorog", "900 people from Jurm have arrived in Fayzabad"), when it is a town or a district (a country or province left, or a river
        // crossed, says no more than the border), unless the event happens somewhere else than where they went ("people, many from Imam
        // Sahib, waited at Sher Khan Bandar") or a place took them in ("Roshtqala took in 100 people from Shighnan").
        // A bridge they came "from" is the way they took ("аз пули Хоруғ", "از پل خاروغ": over the Khorog bridge), and where they crossed is
        // no event elsewhere ("soldiers who fled Dasht-e Archi crossed the Panj near Chubek": the district left).
        var moved = category is "troop-movement" or "refugees";
        if (moved && DistrictsLeftOverBridge(mentions, roles, destinations) is { Count: > 0 } left)
        {
            return left;
        }

        var origins = mentions.FindAll(m => roles[m] == PlaceRole.Origin && m.Best.Place.GeoPrecision <= 2 && m.Best.Place.Kind != PlaceKinds.Crossing);
        if (moved && origins.Count > 0 && !NumberWords.SaysTakenIn(LowerCaseSentence.Of(sentence)) && !EventElsewhere(mentions, roles, destinations, origins, sentence, category))
        {
            return MostSpecific(origins);
        }

        // Reservists are called up where they live: those "from the Farkhor and Muminobod districts" who reported to a training ground
        // near Kulob are anchored on the districts, wherever they reported or gathered (the README's first district they are called up in).
        if (category == "mobilisation" && origins.Count > 0)
        {
            return MostSpecific(origins);
        }

        return OfEvent(mentions, roles, destinations, category, sentence);
    }

    /// <summary>
    /// Soldiers or people who left a district and crossed a bridge are anchored on the district, whatever else the sentence names: the
    /// bridge's end they set out from ("crossed the Panji Poyon bridge from Sher Khan Bandar", "von Scher Chan Bandar aus die Brücke …
    /// überquert") is the way they took, and where they were disarmed or held ("near Dusti") is where the crossing ended. Not when the
    /// event happens at the bridge ("waited at the Hairatan bridge"), nor for a district they went to or one in the country they went to.
    /// </summary>
    private static List<PlaceMention> DistrictsLeftOverBridge(List<PlaceMention> mentions, IReadOnlyDictionary<PlaceMention, PlaceRole> roles, List<PlaceMention> destinations)
    {
        if (!mentions.Exists(m => m.Best.Place.Kind == PlaceKinds.Crossing && roles[m] is not (PlaceRole.Event or PlaceRole.Setting)))
        {
            return [];
        }

        return [.. mentions.Where(m => m.Best.Place.Kind == PlaceKinds.District && roles[m] is PlaceRole.Event or PlaceRole.Mentioned or PlaceRole.Origin
            && !destinations.Exists(d => d.Best.Place.Country == m.Best.Place.Country))];
    }

    // Where they crossed ("near Chubek") is no event elsewhere, unless it is a crossing ("waited at the Panji Poyon crossing") or the
    // setting at the head of the sentence ("In the Darvoz district, 100 people crossed from Darwaz-e Bala"). Where refugees stay once they
    // fled ("families from Yangi Qala have camped in a school yard in Taloqan") is no event elsewhere either: the README anchors those
    // who fled on the place they fled from. Refugees waiting somewhere are the event there ("many of them from Imam Sahib, waited at Sher
    // Khan Bandar"), and so are soldiers held where they were taken ("hébergés dans un camp près de Kalaï-Khoumb").
    private static bool EventElsewhere(List<PlaceMention> mentions, IReadOnlyDictionary<PlaceMention, PlaceRole> roles, List<PlaceMention> destinations, List<PlaceMention> origins, string sentence, string category)
    {
        var elsewhere = mentions.Where(m => IsEventElsewhere(m, roles, destinations, origins)).ToList();
        return elsewhere.Count > 0 && (elsewhere.Any(m => m.Best.Place.Kind == PlaceKinds.Crossing || roles[m] == PlaceRole.Setting)
            || (!CrossingDestination.TellsCrossing(sentence, new TextSpan(0, sentence.Length)) && (category != "refugees" || SaysWaiting(LowerCaseSentence.Of(sentence)))));
    }

    // Waited, in every language: "waited", "menunggu", "warteten", "attendaient", "ждали", "интизор буданд", "منتظر ماندند", "انتظار کاوه", "وانتظر".
    private static readonly string[] Waiting = ["wait", "menunggu", "wartet", "attend", "ждал", "ждут", "ожида", "интизор", "منتظر", "انتظار", "انتظر", "ينتظر"];

    private static bool SaysWaiting(string lower) => CueSearch.ContainsAny(lower, Waiting);

    // A place where something happens, as specific as where they came from, and not in the country or province they went to. A crossing
    // stands on the border, whichever country its record names: people "waiting at the Ishkashim bridge, hoping to cross into Tajikistan"
    // wait at the border, not in Tajikistan.
    private static bool IsEventElsewhere(PlaceMention place, IReadOnlyDictionary<PlaceMention, PlaceRole> roles, List<PlaceMention> destinations, List<PlaceMention> origins) =>
        roles[place] is PlaceRole.Event or PlaceRole.Setting && place.Best.Place.GeoPrecision <= origins.Min(o => o.Best.Place.GeoPrecision)
        && (place.Best.Place.Kind == PlaceKinds.Crossing || !destinations.Any(d => Holds(d.Best.Place, place.Best.Place)));

    // Asked of every sentence that names a place: the lists are filtered with List.FindAll, which sizes its copy without an iterator.
    private static List<PlaceMention> OfEvent(List<PlaceMention> mentions, IReadOnlyDictionary<PlaceMention, PlaceRole> roles, List<PlaceMention> destinations, string category, string sentence)
    {
        // Fighters who entered or reached a place took it ("вошли в Зебак", "وارد ولسوالی خلم شدند"): there the destination is the event's.
        var taken = category == "territorial-control";
        var pool = mentions.FindAll(m => !IsNoEventPlace(roles[m], taken) && !IsBridgeCrossed(m, roles[m]));
        pool = WithoutReferencePoints(pool, roles, category == "military-presence");
        // Where those who moved came from is no more the event's place than where they went ("flown to Pul-e Khumri from Kabul"), unless
        // only a river is left ("1037 Soldaten aus der Provinz Badachschan überquerten die Grenze am Fluss Pandsch").
        var moved = category is "troop-movement" or "refugees" or "military-presence";
        pool = moved && pool.Any(m => roles[m] != PlaceRole.Origin && m.Best.Place.Kind != PlaceKinds.River) ? pool.FindAll(m => roles[m] != PlaceRole.Origin) : pool;
        pool = taken && EnteredFromOrigin(pool, roles, sentence) ? pool.FindAll(m => roles[m] != PlaceRole.Origin) : pool;
        // "crossed into the Darvoz district of Tajikistan": a country or province that only holds the destination says where the destination is.
        // A river beside them is the border crossed, no event's place: "crossed the Panj into the Darvoz district of Gorno-Badakhshan",
        // "sent troops to Termez on the Amu Darya", "people from villages along the Kokcha fled to Fayzabad" are anchored on the district
        // and the towns; "fled across the Panj into Tajikistan" stays on the river, as a country says no more.
        var riversOnly = pool.All(m => m.Best.Place.Kind == PlaceKinds.River);
        var onlyHolders = riversOnly
            ? destinations.Any(d => d.Best.Place.Kind != PlaceKinds.Country)
            : pool.All(m => m.Best.Place.Kind == PlaceKinds.River || destinations.Any(d => Holds(m.Best.Place, d.Best.Place)));
        // Else any place but where it was said ("Uzbekistan said it handed 84 soldiers back to Afghanistan": Afghanistan).
        var said = mentions.FindAll(m => roles[m] is not (PlaceRole.Source or PlaceRole.Qualifier or PlaceRole.Reference));
        pool = pool.Count > 0 && !onlyHolders ? pool : said.Count > 0 ? said : mentions;
        // A river is the border that was crossed ("fled across the Panj … to a camp outside Qalaikhumb"): the event is at a place beside it.
        pool = pool.Any(m => m.Best.Place.Kind != PlaceKinds.River) ? pool.FindAll(m => m.Best.Place.Kind != PlaceKinds.River) : pool;
        var specific = MostSpecific(pool);
        // "In the Wakhan, fighters took Khandud": an area at the head of the sentence yields to a town or village in its country named as
        // specifically after it ("In Shighnan, whose centre faces Khorugh across the river, …" stays on Shighnan: Khorugh is across the border).
        specific = specific.Any(m => roles[m] == PlaceRole.Setting && IsArea(m.Best.Place.Kind) && specific.Any(t => InSetting(t, m, roles)))
            ? specific.FindAll(m => roles[m] != PlaceRole.Setting) : specific;
        var events = specific.FindAll(m => roles[m] is PlaceRole.Event or PlaceRole.Setting);
        // Control changes where a district was taken, not in the town where its fall was felt ("the bazaar in Andkhoy had been shut since
        // the Taliban took the Qurghan district"): a district named with no locative after the towns the locatives name is the place taken.
        // One named before them holds the town taken ("ضلع چہار درہ کے مرکز دور رباط پر قبضہ", the centre of Chahar Dara taken); a list of
        // districts named before them fell itself, and the town is where its fall went on ("the Dara-i-Suf Payin and Ruy Duab districts
        // fell, and soldiers … gave themselves up in Aibak").
        if (!taken || events.Count == 0 || !events.TrueForAll(m => m.Best.Place.Kind == PlaceKinds.PopulatedPlace))
        {
            return events.Count > 0 ? events : specific;
        }

        var districts = specific.Where(m => roles[m] == PlaceRole.Mentioned && m.Best.Place.Kind == PlaceKinds.District).ToList();
        var after = districts.Where(m => events.TrueForAll(e => e.Start < m.Start)).ToList();
        // A list of districts left ("ولسوالی‌های برکه و دوشی را ترک کردند", its last one read as left) is ground given up as well.
        var listBefore = specific.Where(m => roles[m] is PlaceRole.Mentioned or PlaceRole.Origin && m.Best.Place.Kind == PlaceKinds.District
            && events.TrueForAll(e => m.End < e.Start)).ToList();
        return after.Count > 0 ? after : listBefore.Count >= MinDistrictList ? listBefore : events;
    }

    private const int MinDistrictList = 2;

    /// <summary>
    /// Fighters who entered a place from another took the place they entered ("аз Нодалӣ … ба ноҳияи Лашкаргоҳ ворид шуданд", "از ناد علی
    /// … وارد ولسوالی لشکرگاه شدند", "له ناد علي څخه … ننوتل"): where they came from they held already. The word of entering follows the
    /// place they came from; one before it ("sont entrés dans le chef-lieu du district de Namak Ab après le repli … vers Taloqan") tells
    /// of ground taken where the other side withdrew to somewhere, and forces that "left X and moved to Y" entered nothing.
    /// </summary>
    private static bool EnteredFromOrigin(List<PlaceMention> pool, IReadOnlyDictionary<PlaceMention, PlaceRole> roles, string sentence)
    {
        if (!pool.Exists(m => roles[m] == PlaceRole.Destination && m.Best.Place.Kind != PlaceKinds.Country))
        {
            return false;
        }

        var entry = CategoryCues.LastEntry(LowerCaseSentence.Of(sentence));
        return entry >= 0 && pool.TrueForAll(m => roles[m] != PlaceRole.Origin
            || (sentence.IndexOf(m.Text, StringComparison.OrdinalIgnoreCase) is var at && at >= 0 && at + m.Text.Length <= entry));
    }

    /// <summary>
    /// A place named to say where another lies ("a few kilometres from Camp Marmal") is no event's place, unless only a river is left
    /// besides it ("tried to cross the Panj opposite the Farkhor district"). Troops are posted somewhere more specific than a country:
    /// when only countries are named besides, they stand where the sentence places them around or facing ("Turkmenistan deployed troops
    /// around the town of Kerki, opposite Khamyab": Kerki).
    /// </summary>
    private static List<PlaceMention> WithoutReferencePoints(List<PlaceMention> pool, IReadOnlyDictionary<PlaceMention, PlaceRole> roles, bool presence)
    {
        // Troops stand on their own bank: a bridge named after the town they are posted around ("around Termez, opposite the Hairatan
        // bridge") says where the town lies; it is their post when they stand at it ("at the Hairatan bridge") or when the sentence is
        // about it ("closed the Tem-Demogan bridge below Khorog").
        if (presence)
        {
            pool = [.. pool.Where(m => m.Best.Place.Kind != PlaceKinds.Crossing || roles[m] is PlaceRole.Event or PlaceRole.Setting
                || !pool.Exists(t => t.Best.Place.Kind == PlaceKinds.PopulatedPlace && t.End <= m.Start))];
        }

        // A province named only to say where the district they face lies ("posts facing the Murghob district of Gorno-Badakhshan") is
        // no more where they stand than a country: they stand facing the district.
        var faced = presence ? pool.FindAll(m => roles[m] == PlaceRole.Reference && m.Best.Place.Kind == PlaceKinds.District) : [];
        return pool.Exists(m => roles[m] != PlaceRole.Reference && m.Best.Place.Kind != PlaceKinds.River
            && !(presence && (m.Best.Place.Kind == PlaceKinds.Country || faced.Exists(d => Holds(m.Best.Place, d.Best.Place)))))
            ? pool.FindAll(m => roles[m] != PlaceRole.Reference) : pool;
    }

    private static bool InSetting(PlaceMention place, PlaceMention setting, IReadOnlyDictionary<PlaceMention, PlaceRole> roles) =>
        roles[place] != PlaceRole.Setting && !IsArea(place.Best.Place.Kind) && place.Best.Place.Country == setting.Best.Place.Country;

    private static bool IsArea(string kind) => kind is PlaceKinds.District or PlaceKinds.Admin1 or PlaceKinds.Country;

    private static bool IsNoEventPlace(PlaceRole role, bool taken) => role is PlaceRole.Source or PlaceRole.Qualifier || (role == PlaceRole.Destination && !taken);

    private static List<PlaceMention> MostSpecific(List<PlaceMention> mentions)
    {
        var precision = mentions.Min(m => m.Best.Place.GeoPrecision);
        return mentions.FindAll(m => m.Best.Place.GeoPrecision == precision);
    }

    // A crossing named as the way taken ("crossed over the Ishkashim bridge"): the event is where those who crossed came from. A river
    // after a word of passage ("flohen über den Pandsch") is a river crossed, which the rule for rivers weighs.
    private static bool IsBridgeCrossed(PlaceMention mention, PlaceRole role) => role == PlaceRole.Way && mention.Best.Place.Kind == PlaceKinds.Crossing;

    private static bool Holds(Place area, Place place) =>
        area.Id != place.Id && (area.Kind == PlaceKinds.Country ? place.Country == area.Id : area.Kind == PlaceKinds.Admin1 && place.Admin1 == area.Id);
}
