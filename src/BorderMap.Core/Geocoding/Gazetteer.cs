using BorderMap.Core.Search;

namespace BorderMap.Core.Geocoding;

/// <summary>One name of one place, as indexed.</summary>
public sealed record NameRef(Place Place, PlaceName Name);

/// <summary>
/// The gazetteer's places and their name indexes: whole folded keys (<see cref="NameTokens.Key"/>),
/// Cyrillic stems, consonant skeletons for cross-script lookups, and every word-prefix of a
/// multi-word key so that a text scanner knows when to read one more word. Built once; immutable
/// and thread-safe afterwards.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Place> _byId;
    private readonly Dictionary<string, List<NameRef>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameRef>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameRef>> _bySkeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameRef>> _byBareKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameRef>> _byPersianSkeleton = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keyPrefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameRef>> _byWordStems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _wordStemPrefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _namesakeSeats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place[]> _otherGarrisons;
    private readonly HashSet<string> _lowerCaseHeads = new(StringComparer.Ordinal);
    private readonly string[] _sortedKeys;

    public Gazetteer(IEnumerable<Place> places)
    {
        var (kept, dropped) = DuplicateTowns.Collapse([.. places]);
        Places = [.. kept.OrderBy(p => p.Id, StringComparer.Ordinal)];
        _byId = Places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var (id, place) in dropped)
        {
            // A town GeoNames holds twice answers to both ids, so that claims and labels made with the other one still find it.
            _byId[id] = place;
        }

        var keysById = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var place in Places)
        {
            keysById[place.Id] = [.. place.AllNames.Select(name => Index(new NameRef(place, name)))];
            _lowerCaseHeads.UnionWith(place.AllNames.Where(n => char.IsLower(n.Text[0]) && n.Text.Contains(' ', StringComparison.Ordinal)).Select(n => NameFolding.Fold(n.Text[..n.Text.IndexOf(' ', StringComparison.Ordinal)])));
        }

        ShareSeatNames(keysById);
        ShareNamesakeDistrictNames(keysById);
        foreach (var place in Places.Where(p => PlaceKinds.IsPoint(p.Kind) && keysById.ContainsKey(p.Admin1)))
        {
            if (keysById[place.Id].Overlaps(keysById[place.Admin1]))
            {
                // The seat's own spellings of the shared names, so that weighing a match needs no key folded.
                _namesakeSeats[place.Id] = [.. keysById[place.Id].Intersect(keysById[place.Admin1]).SelectMany(k => ByKey(k)).Where(r => r.Place.Id == place.Id).Select(r => r.Name.Text)];
            }
        }

        _otherGarrisons = Garrisons(Places);
        _sortedKeys = [.. _byKey.Keys.Order(StringComparer.Ordinal)];
        Keys = _sortedKeys;
        Fuzzy = new FuzzyKeyIndex(Keys);
    }

    public IReadOnlyList<Place> Places { get; }

    // A district's point is its seat's (GeoNames places both alike): within this many degrees they are one place on the map.
    private const double SeatDegrees = 0.05;

    /// <summary>
    /// A district and the town that is its seat, of one name, answer to each other's spellings: sources spell one or the other
    /// ("недалеко от Ванча", near the town, where only the district has the Russian "Ванч"), and the kind word beside the name,
    /// or its absence, decides which is meant.
    /// </summary>
    private void ShareSeatNames(Dictionary<string, HashSet<string>> keysById)
    {
        var towns = Places.Where(p => p.Kind == PlaceKinds.PopulatedPlace && p.Admin1.Length > 0).ToLookup(p => p.Admin1, StringComparer.Ordinal);
        foreach (var district in Places.Where(p => p.Kind == PlaceKinds.District))
        {
            foreach (var seat in towns[district.Admin1].Where(t => (Math.Abs(t.Lat - district.Lat) < SeatDegrees && Math.Abs(t.Lon - district.Lon) < SeatDegrees
                && (keysById[t.Id].Overlaps(keysById[district.Id]) || LatinSkeletons(t).Overlaps(LatinSkeletons(district)) || IsEzafeHeadOfSeat(district, t))) || IsNamedSeat(t, district)))
            {
                Share(seat, district, keysById[district.Id]);
                Share(district, seat, keysById[seat.Id]);
            }
        }
    }

    /// <summary>
    /// Districts of one name in one country (Kohistan of Badakhshan and of Faryab, Dawlatabad of Balkh and of Faryab) answer to each
    /// other's spellings: the sources spell one of them in more scripts, and a name written in such a script is either district as
    /// much as the other; the province named beside it decides ("ولسوالی کوهستان" in a sentence about Faryab).
    /// </summary>
    private void ShareNamesakeDistrictNames(Dictionary<string, HashSet<string>> keysById)
    {
        var namesakes = Places.Where(p => p.Kind == PlaceKinds.District).GroupBy(p => (NameTokens.Key(p.Name), p.Country)).Where(g => g.Count() > 1);
        foreach (var group in namesakes)
        {
            foreach (var (from, to) in group.SelectMany(a => group.Where(b => b.Id != a.Id).Select(b => (a, b))).ToList())
            {
                Share(from, to, keysById[to.Id]);
            }
        }
    }

    // A district GeoNames places at another village (Shahritus at Bahori, 20 km from the town of Shahritus) still has the town of its own
    // main name for its seat: "north of Shahritus" ("к северу от Шаартуза", where only the district has the Russian name) is the town.
    private const double NamedSeatKm = 25;

    private static bool IsNamedSeat(Place town, Place district) =>
        NameTokens.Key(town.Name) == NameTokens.Key(district.Name) && Geocoder.DistanceKm(town, district) <= NamedSeatKm;

    // The ezafe that joins a head word to the seat's name in a district's name: "Rēg-e Khān Neshīn", "Khān-e Chahār Bāgh".
    private static readonly string[] EzafeJoints = ["-e ", "-i ", "-ye ", "-yi "];

    /// <summary>
    /// Whether the district is named by a head word joined to its seat's name ("Rēg-e Khān Neshīn", the sands of Khan Neshin): reports
    /// call such a district by its seat's name alone ("the Washer, Dishu and Khan Neshin districts"), as they do a district named like its seat.
    /// </summary>
    private static bool IsEzafeHeadOfSeat(Place district, Place town)
    {
        foreach (var joint in EzafeJoints)
        {
            var at = district.Name.IndexOf(joint, StringComparison.Ordinal);
            if (at > 0 && NameTokens.Key(district.Name[(at + joint.Length)..]) == NameTokens.Key(town.Name))
            {
                return true;
            }
        }

        return false;
    }

    // A seat GeoNames names otherwise (Dowr-e Rabat, the seat of Chahar Dara) may have the district's name among its own in another
    // romanisation of the Persian final he ("Chahar Darreh", "Char Darah"): the same consonants, a final h aside.
    private static HashSet<string> LatinSkeletons(Place place) =>
        [.. place.AllNames.Where(n => !NameTokens.IsArabicScript(n.Text[0]) && !CyrillicStem.IsCyrillic(n.Text[0]))
            .Select(n => ConsonantSkeleton.OfLatin(n.Text).TrimEnd('h')).Where(k => k.Length >= MinSeatSkeleton)];

    private const int MinSeatSkeleton = 4;

    // Indexes the names of one place that the other lacks as the other's (by text: "Ванч" is stemmed as Cyrillic, where "Vanch" of the same key is not);
    // but not a name that also names a place in another country ("اشکاشم", on both banks): sharing must not spread a name across the border.
    // Nor a name that carries the other's kind word ("Khwahan district" is no name of the town of Khwahan).
    private void Share(Place from, Place to, HashSet<string> keysOfTo)
    {
        foreach (var name in from.AllNames.Where(n => !to.AllNames.Any(own => own.Text == n.Text) && ByKey(NameTokens.Key(n.Text)).All(r => r.Place.Country == to.Country) && !NamesAnotherKind(n.Text, to)))
        {
            keysOfTo.Add(Index(new NameRef(to, name)));
        }
    }

    private static bool NamesAnotherKind(string name, Place place)
    {
        var words = NameTokens.Split(name);
        return words.Count > 1 && new[] { words[0], words[^1] }.Any(w => KindCues.KindOf(name.Substring(w.Start, w.Length)) is { } kind && !Geocoder.FitsKind(kind, place.Kind));
    }

    /// <summary>Every distinct folded key, sorted ordinally (for prefix search).</summary>
    public IReadOnlyList<string> Keys { get; }

    internal FuzzyKeyIndex Fuzzy { get; }

    /// <summary>The place of an id; for a town GeoNames holds twice (<see cref="DuplicateTowns"/>), either id gives the one kept.</summary>
    public Place? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The other sites of a site's base: "201st military base (Dushanbe)" and "201st military base (Bokhtar)" are one base's garrisons,
    /// and a report names the base, not the garrison, leaving the town beside it to say which.
    /// </summary>
    public IReadOnlyList<Place> OtherGarrisons(Place site) => _otherGarrisons.TryGetValue(site.Id, out var others) ? others : [];

    private static Dictionary<string, Place[]> Garrisons(IEnumerable<Place> places) =>
        places.Where(p => p.Kind == PlaceKinds.Site && p.Name.Contains(" (", StringComparison.Ordinal))
            .GroupBy(p => p.Name[..p.Name.IndexOf(" (", StringComparison.Ordinal)], StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(p => (p.Id, Others: g.Where(o => o.Id != p.Id).ToArray())))
            .ToDictionary(x => x.Id, x => x.Others, StringComparer.Ordinal);

    /// <summary>Names whose folded key is exactly <paramref name="key"/>.</summary>
    public IReadOnlyList<NameRef> ByKey(string key) => _byKey.TryGetValue(key, out var refs) ? refs : [];

    /// <summary>One-word (possibly hyphenated) Cyrillic names whose stem (<see cref="CyrillicStem"/>, folded) is <paramref name="stemKey"/>.</summary>
    public IReadOnlyList<NameRef> ByStem(string stemKey) => _byStem.TryGetValue(stemKey, out var refs) ? refs : [];

    /// <summary>
    /// Names that include a kind word ("دریای پنج", "رود پنج", "Panj River"), by the key of the rest ("پنج"): in running text
    /// the kind word may stand apart ("د پنج سیند"), so these are believed only where a cue word names the kind.
    /// </summary>
    public IReadOnlyList<NameRef> ByBareKey(string key) => _byBareKey.TryGetValue(key, out var refs) ? refs : [];

    /// <summary>Latin names whose consonant skeleton is <paramref name="skeleton"/>.</summary>
    public IReadOnlyList<NameRef> BySkeleton(string skeleton) => _bySkeleton.TryGetValue(skeleton, out var refs) ? refs : [];

    /// <summary>Perso-Arabic names whose consonant skeleton (<see cref="ConsonantSkeleton.OfPersoArabic"/>, also without a final silent ه) is <paramref name="skeleton"/>.</summary>
    public IReadOnlyList<NameRef> ByPersianSkeleton(string skeleton) => _byPersianSkeleton.TryGetValue(skeleton, out var refs) ? refs : [];

    /// <summary>
    /// Whether a town is named by a name it shares with the province it lies in (Kandahar, Kabul, Kunduz): in running text the town is
    /// usually meant. Only that name: Balkh town's other name Bakhtar (Tajik "Бохтар", also Bokhtar in Khatlon) is no province's.
    /// </summary>
    public bool IsNamesakeOfProvince(Place place, PlaceName name) => _namesakeSeats.TryGetValue(place.Id, out var shared) && shared.Contains(name.Text);

    /// <summary>
    /// Several-word Cyrillic names by the stems of their words (<see cref="CyrillicStem.OfNameWord"/>) joined by spaces:
    /// "201-я военная база" and "Горно-Бадахшанская автономная область" in their case forms ("на 201-й военной базе").
    /// </summary>
    public IReadOnlyList<NameRef> ByWordStems(string stems) => _byWordStems.TryGetValue(stems, out var refs) ? refs : [];

    /// <summary>Whether some several-word Cyrillic name's word stems start with <paramref name="prefix"/>.</summary>
    public bool IsWordStemsPrefix(string prefix) => _wordStemPrefixes.Contains(prefix);

    /// <summary>
    /// Whether some name of several words starts with the folded word <paramref name="key"/> written in lower case: Tajik and Russian
    /// write the head noun of a base's or a bridge's name so ("пойгоҳи 201-уми низомӣ", "мост Ишкашим"), and such a word may start a name.
    /// </summary>
    public bool StartsNameInLowerCase(string key) => _lowerCaseHeads.Contains(key);

    /// <summary>Whether some multi-word key starts with the words <paramref name="keyPrefix"/> (see <see cref="NameTokens.Join"/>).</summary>
    public bool IsKeyPrefix(string keyPrefix) => _keyPrefixes.Contains(keyPrefix);

    /// <summary>
    /// Whether some longer key starts with <paramref name="prefix"/> letter for letter: Perso-Arabic words join without a space, so
    /// "شير خان بندر" written apart reaches "شیرخان بندر" through "شیر", which is no word of that name.
    /// </summary>
    public bool StartsLongerKey(string prefix)
    {
        var at = Array.BinarySearch(_sortedKeys, prefix, StringComparer.Ordinal);
        var next = at >= 0 ? at + 1 : ~at;
        return next < _sortedKeys.Length && _sortedKeys[next].StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>Indexes one name and returns its key ("" for names too short to index).</summary>
    private string Index(NameRef name)
    {
        var key = NameTokens.Key(name.Name.Text);
        if (key.Length < 2)
        {
            return "";
        }

        AddKey(key, name.Name.Text, name);
        var parts = NameTokens.KeyParts(name.Name.Text);
        var untitled = KindCues.WithoutTitle(name.Name.Text);
        if (untitled is not null && NameTokens.Key(untitled) is { Length: >= 2 } untitledKey)
        {
            // "علاقه داری کران و منجان": running text names the district without its title.
            AddKey(untitledKey, untitled, name);
        }

        if (NameTokens.IsArabicScript(name.Name.Text[0]) && WordForms.WithPlainLetters(name.Name.Text) is { } plain && NameTokens.Key(plain) != key)
        {
            // A name the gazetteer spells with an Arabic emphatic letter ("ترمذ") is written with the plain one in Persian, Pashto and Urdu ("ترمز").
            AddKey(NameTokens.Key(plain), plain, name);
        }

        if (WordForms.WithPashtoFort(name.Name.Text) is { } pashto)
        {
            // Pashto writes the fort of "موسی قلعه" (Musa Qala) as کلا: "موسی کلا".
            AddKey(NameTokens.Key(pashto), pashto, name);
        }

        // … and the "and" of "کران و منجان" (Kuran wa Munjan) as او, with or without the name's title: "کران او منجان".
        foreach (var joined in new[] { name.Name.Text, untitled }.OfType<string>().Select(WordForms.WithPashtoAnd).OfType<string>())
        {
            AddKey(NameTokens.Key(joined), joined, name);
        }

        if (BareKey(name.Name.Text, parts) is { Length: >= 2 } bare)
        {
            Add(_byBareKey, bare, name);
        }

        IndexWordStems(name);
        if (NameTokens.Split(name.Name.Text).Count == 1 && CyrillicStem.OfName(name.Name.Text) is { } stem)
        {
            Add(_byStem, Search.NameFolding.Fold(stem), name);
        }

        if (!NameTokens.IsArabicScript(name.Name.Text[0]) && !CyrillicStem.IsCyrillic(name.Name.Text[0]) && ConsonantSkeleton.OfLatin(name.Name.Text) is { Length: >= 3 } skeleton)
        {
            Add(_bySkeleton, skeleton, name);
        }

        // Tajik writes a name as Persian spells it, not as Urdu does: Urdu spellings of a Tajik place's Latin name, read letter by
        // letter ("دارووز" for Darvoz, whose two و fold into one), are not what a Tajik word stands for ("дарози", long).
        if (NameTokens.IsArabicScript(name.Name.Text[0]) && name.Name.Language != "ur" && ConsonantSkeleton.OfPersoArabic(name.Name.Text) is { Length: >= 2 } persian)
        {
            // A final ه is often a vowel (روسیه), which Tajik writes as а or я.
            Add(_byPersianSkeleton, persian, name);
            if (persian.Length > 2 && persian[^1] == 'h' && name.Name.Text.TrimEnd().EndsWith('ه'))
            {
                Add(_byPersianSkeleton, persian[..^1], name);
            }
        }

        return key;
    }

    private void IndexWordStems(NameRef name)
    {
        if (NameTokens.Split(name.Name.Text) is not { Count: > 1 } words || !CyrillicStem.IsCyrillic(name.Name.Text[words[^1].Start]))
        {
            return;
        }

        var stems = words.Select(w => CyrillicStem.OfNameWord(name.Name.Text.Substring(w.Start, w.Length))).ToList();
        Add(_byWordStems, string.Join(' ', stems), name);
        for (var n = 1; n < stems.Count; n++)
        {
            _wordStemPrefixes.Add(string.Join(' ', stems.Take(n)));
        }
    }

    private void AddKey(string key, string text, NameRef name)
    {
        Add(_byKey, key, name);
        var prefix = string.Empty;
        var parts = NameTokens.KeyParts(text);
        foreach (var part in parts.Take(parts.Count - 1))
        {
            prefix = NameTokens.Join(prefix, part);
            _keyPrefixes.Add(prefix);
        }
    }

    // The key of a name without a leading or trailing kind word, or null when it has none.
    private static string? BareKey(string text, List<string> parts)
    {
        if (parts.Count < 2)
        {
            return null;
        }

        var words = NameTokens.Split(text);
        var (first, last) = (text.Substring(words[0].Start, words[0].Length), text.Substring(words[^1].Start, words[^1].Length));
        var rest = KindCues.IsCue(first) ? parts.Skip(1) : KindCues.IsCue(last) ? parts.Take(parts.Count - 1) : null;
        return rest?.Aggregate(string.Empty, NameTokens.Join);
    }

    private static void Add(Dictionary<string, List<NameRef>> index, string key, NameRef name)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        // A place's names in several languages often fold alike; all are kept so a match can name the spelling typed.
        list.Add(name);
    }
}
