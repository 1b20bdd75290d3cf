using BorderMap.Core.Search;

namespace BorderMap.Core.Geocoding;

/// <summary>
/// A bridge named after the town at its end ("the Khorog bridge", "Ishkashim bridge") is written in every language with that
/// town's name in the language's own spelling and word order: "Brücke von Chorog", "jembatan Khorog", "pont de Khorog", "pont
/// d'Ichkachim" (French writes sh as ch), "пули Хоруғ", "мост Хайратан", "پل خاروغ", "خاروغ پل", "جسر خوروغ". Without these the town is read and
/// the crossing missed. When the gazetteer is loaded, a crossing with an English name "X bridge" or "X–Y bridge", where X (or Y)
/// names a town at the bridge, gets the town's every spelling in those patterns. A bridge named after both its ends ("Tem–Demogan
/// bridge") is written with a hyphen in running text ("jembatan Tem-Demogan", "Tem-Demogan-Brücke", "pont de Tem-Demogan"): the pair
/// itself is spelt in the Latin patterns too, whether or not its ends are towns of the gazetteer.
/// </summary>
public static class CrossingNames
{
    private const string Bridge = " bridge";

    // How far the town may lie from the point the gazetteer gives its bridge (both are placed to about 5 km).
    private const double TownDegrees = 0.1;

    // German also joins the name and the bridge into one hyphenated compound ("Hairatan-Brücke", "Ischkaschim-Brücke").
    private static readonly string[] LatinPatterns = ["{0} bridge", "Brücke von {0}", "{0}-Brücke", "jembatan {0}", "pont de {0}"];
    private static readonly string[] FrenchPatterns = ["pont de {0}", "pont d'{0}"];
    private static readonly string[] TajikPatterns = ["пули {0}"];
    // Russian declines the bridge word before the name: "по мосту Хайратан", "у моста", "за мостом", "на мосту".
    internal static readonly string[] RussianPatterns = ["мост {0}", "моста {0}", "мосту {0}", "мостом {0}", "мосте {0}"];
    // Russian also names a bridge by the town's adjective, declined with it: "Хорогский мост", "по Хорогскому мосту", "у Хорогского моста".
    private static readonly string[] RussianAdjectivePatterns = ["{0}ский мост", "{0}ского моста", "{0}скому мосту", "{0}ским мостом", "{0}ском мосте"];
    private static readonly string[] PersoArabicPatterns = ["پل {0}", "{0} پل", "جسر {0}"];

    // The bridge words that stand first, in lower case, in running text: the name after them is capitalised, the word is not.
    private static readonly HashSet<string> BridgeWords = new(StringComparer.Ordinal) { "jembatan", "pont", "пули", "мост", "моста", "мосту", "мостом", "мосте" };

    /// <summary>Whether a word is a bridge word that starts a crossing's name ("jembatan", "pont", "пули", "мост").</summary>
    public static bool IsBridgeWord(string word) => BridgeWords.Contains(word);

    /// <summary>The places, each crossing named after a town at it with the town's spellings in the bridge patterns added.</summary>
    public static IEnumerable<Place> AddTo(IReadOnlyList<Place> places)
    {
        var towns = places.Where(p => p.Kind == PlaceKinds.PopulatedPlace).ToList();
        return places.Select(p => p.Kind == PlaceKinds.Crossing ? WithTownNames(p, towns) : p);
    }

    private static Place WithTownNames(Place crossing, List<Place> towns)
    {
        var namedAfter = crossing.AllNames.Where(n => n.Text.EndsWith(Bridge, StringComparison.Ordinal))
            .SelectMany(n => n.Text[..^Bridge.Length].Split(['–', '—'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(NameTokens.Key).ToHashSet(StringComparer.Ordinal);
        var atBridge = towns.Where(t => Math.Abs(t.Lat - crossing.Lat) < TownDegrees && Math.Abs(t.Lon - crossing.Lon) < TownDegrees
            && t.AllNames.Any(n => namedAfter.Contains(NameTokens.Key(n.Text))));
        var pairs = crossing.AllNames.Where(n => n.Text.EndsWith(Bridge, StringComparison.Ordinal) && n.Text.IndexOfAny(['–', '—']) > 0)
            .Select(n => new PlaceName("en", string.Join('-', n.Text[..^Bridge.Length].Split(['–', '—'], StringSplitOptions.TrimEntries))));
        var added = atBridge.SelectMany(town => town.AllNames).Concat(pairs).SelectMany(Spellings)
            .Where(n => !crossing.AllNames.Any(own => own.Text == n.Text)).DistinctBy(n => n.Text).ToList();
        return added.Count == 0 ? crossing : crossing with { Names = [.. crossing.Names, .. added] };
    }

    private static IEnumerable<PlaceName> Spellings(PlaceName town)
    {
        var text = town.Text;
        var patterns = NameTokens.IsArabicScript(text[0]) ? PersoArabicPatterns : text[0] is >= '\u0400' and <= '\u04FF' ? TajikPatterns : LatinPatterns;
        var spellings = patterns.Select(p => Named(town.Language, p, text));
        if (NameTokens.IsArabicScript(text[0]))
        {
            return spellings;
        }

        if (text[0] is >= '\u0400' and <= '\u04FF')
        {
            // Russian puts the town's name after "мост", in its own spelling or with the last а written о as Tajik and Uzbek
            // write the long a ("мост Хайратон" for Хайратан).
            var russian = WordForms.WithTajikLongA(text) is { } tajik ? new[] { text, tajik } : [text];
            // The adjective's -ский goes straight onto a name that ends in a consonant ("Хорог", "Ишкашим"); others form it otherwise.
            var adjectives = russian.Where(EndsInConsonant).SelectMany(name => RussianAdjectivePatterns.Select(p => Named("ru", p, name)));
            return spellings.Concat(russian.SelectMany(name => RussianPatterns.Select(p => Named("ru", p, name)))).Concat(adjectives);
        }

        var french = text.Replace("sh", "ch", StringComparison.Ordinal).Replace("Sh", "Ch", StringComparison.Ordinal);
        return spellings.Concat(FrenchPatterns.Where(p => p.EndsWith("'{0}", StringComparison.Ordinal) == "AEIOUaeiou".Contains(french[0], StringComparison.Ordinal))
            .Select(p => Named("fr", p, french)));
    }

    private static bool EndsInConsonant(string name) => !"аеёиоуыэюяйьъӣӯ".Contains(char.ToLowerInvariant(name[^1]), StringComparison.Ordinal) && char.IsLetter(name[^1]);

    private static PlaceName Named(string language, string pattern, string town) =>
        new(language, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, town));
}
