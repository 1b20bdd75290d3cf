using System.Buffers;
using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Which bank of a border river a text puts a name on, by words about that very mention: a side named before it ("تاجک کنارے پر واقع
/// اشکاشم", Ishkashim that lies on the Tajik bank; "د تاجک غاړې د اشکاشم", the Tajik side's Ishkashim), and "across the river" beside it
/// ("ولسوالی شغنان آن سوی رودخانه", the Shighnan district across the river; "د سیند هاخوا د شغنان ولسوالۍ"), which puts it across the
/// border from the places its sentence tells it from. Both are read before the places named in the same sentence.
/// </summary>
internal static class RiverSides
{
    private const int Reach = 30; // characters between the side or the phrase and the name: "کنارے پر واقع", "آن سوی رودخانه"

    // "Across the river" and "on the other bank" in the languages BorderMap reads, lower case. A crossing verb is no such phrase: Arabic
    // "عبر النهر" also means "crossed the river".
    private static readonly string[] AcrossPhrases =
    [
        "across the river", "on the other bank", "on the other side of the river", "on the opposite bank", "jenseits des flusses",
        "am anderen ufer", "auf der anderen seite des flusses", "de l'autre côté de la rivière", "de l'autre côté du fleuve", "sur l'autre rive",
        "di seberang sungai", "на другом берегу", "на противоположном берегу", "по ту сторону реки", "он сӯи дарё", "дар соҳили муқобил",
        "он тарафи дарё", "آن سوی رودخانه", "آن سوی رود", "آن سوی دریا", "آن طرف رودخانه", "ساحل مقابل", "د سیند هاخوا", "د سیند بلې غاړې",
        "على الضفة الأخرى", "الضفة المقابلة", "دریا کے پار", "دریا کی دوسری جانب", "دریا کے دوسری طرف",
    ];

    /// <summary>
    /// The country of an adjective before the name with a side word between and nothing else but small words ("on the Tajik bank,
    /// Ishkashim"; Urdu "واقع", situated; Pashto "د", of). The side is the name's when the name is a place on it; a river has two, so the
    /// geocoder reads no country into a river.
    /// </summary>
    public static string? SideBefore(string text, List<CountryCue> cues, TextSpan name)
    {
        for (var i = cues.Count - 1; i >= 0; i--)
        {
            var cue = cues[i];
            if (cue.End <= name.Start)
            {
                return name.Start - cue.End <= Reach && Demonyms.OnlySideWordsBetween(text.AsSpan(cue.End, name.Start - cue.End)) ? cue.Country : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The country the name is said to lie across the river from: "across the river" right before or after it (kind words and "of"
    /// between at most: a phrase that opens the sentence, "Across the Panj, the Taliban took Mashhad", frames it from the text's bank), and
    /// the sentence's other places (<paramref name="sentencePlaces"/>; no river, country or crossing, which say nothing of a bank) all in
    /// one country. Places of both banks in the sentence say nothing.
    /// </summary>
    public static string? AcrossFrom(string text, TextSpan sentence, TextSpan name, IReadOnlyList<Place> sentencePlaces)
    {
        if (!AcrossBeside(text, sentence, name, AcrossPhrases, AnyAcrossPhrase)
            && !(NamesRiver(sentencePlaces) && AcrossBeside(text, sentence, name, OppositePhrases, AnyOppositePhrase)))
        {
            return null;
        }

        string? country = null;
        foreach (var place in sentencePlaces)
        {
            if (place.Kind is PlaceKinds.River or PlaceKinds.Country or PlaceKinds.Crossing)
            {
                continue;
            }

            if (country is not null && place.Country != country)
            {
                return null;
            }

            country = place.Country;
        }

        return country;
    }

    // A place "opposite" another ("рӯ ба рӯи ноҳияи Фархор", "د فرخار ولسوالۍ مخې ته", "ضلع فرخار کے سامنے") lies across the river
    // from it when the sentence names the river: without one, it may face a bazaar of its own town.
    private static readonly string[] OppositePhrases =
    [
        "opposite", "gegenüber", "en face de", "en face du", "face au", "face à", "напротив", "рӯ ба рӯи", "рӯбарӯи", "روبه‌روی", "روبروی",
        "مخې ته", "کے سامنے", "قبالة",
    ];

    private static bool NamesRiver(IReadOnlyList<Place> places)
    {
        foreach (var place in places)
        {
            if (place.Kind == PlaceKinds.River)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AcrossBeside(string text, TextSpan sentence, TextSpan name, string[] phrases, SearchValues<string> anyPhrase)
    {
        var from = Math.Max(sentence.Start, name.Start - Reach - LongestPhrase);
        var to = Math.Min(sentence.End, name.End + Reach + LongestPhrase);
        var before = text.AsSpan(from, name.Start - from);
        var after = text.AsSpan(name.End, Math.Max(0, to - name.End));
        // Asked for most mentions, and few have such a phrase near: one search for any of them first, then the phrase read where it is.
        if (!before.ContainsAny(anyPhrase) && !after.ContainsAny(anyPhrase))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if ((before.LastIndexOf(phrase, StringComparison.OrdinalIgnoreCase) is var b and >= 0 && OnlyLinksBetween(before[(b + phrase.Length)..]))
                || (IndexOf(after, phrase) is var a and >= 0 && OnlyLinksBetween(after[..a])))
            {
                return true;
            }
        }

        return false;
    }

    // "The other side of" right before a name ("across the Panj", "Дар он тарафи Панҷ", "по ту сторону Пянджа", "آن سوی پنج", "de l'autre
    // côté du Piandj"), or right after it in Pashto and Urdu ("د پنج هاخوا", "پنج کے پار"): what has another side is a river or a border.
    private static readonly string[] FarSideBefore =
    [
        "across the", "on the other side of the", "jenseits des", "jenseits der", "de l'autre côté du", "de l'autre côté de la", "di seberang",
        "по ту сторону", "на другом берегу", "он сӯи", "он тарафи", "آن سوی", "آن طرف", "على الجانب الآخر من",
    ];

    private static readonly string[] FarSideAfter = ["هاخوا", "کے پار", "کی دوسری جانب"];

    /// <summary>Whether the name is what a phrase of the far side stands beside, with nothing but spaces between: a river, if it can be one.</summary>
    public static bool NamesFarSide(string text, TextSpan name)
    {
        var before = text.AsSpan(0, name.Start).TrimEnd();
        var after = text.AsSpan(name.End).TrimStart();
        foreach (var phrase in FarSideBefore)
        {
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase) && (before.Length == phrase.Length || !char.IsLetter(before[^(phrase.Length + 1)])))
            {
                return true;
            }
        }

        foreach (var phrase in FarSideAfter)
        {
            if (after.StartsWith(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SearchValues<string> AnyAcrossPhrase = SearchValues.Create(AcrossPhrases, StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> AnyOppositePhrase = SearchValues.Create(OppositePhrases, StringComparison.OrdinalIgnoreCase);

    private static readonly int LongestPhrase = AcrossPhrases.Max(p => p.Length);

    private static int IndexOf(ReadOnlySpan<char> text, string phrase) => text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);

    // Whether only kind words and words for "of" stand between the phrase and the name ("د سیند هاخوا د شغنان", "آن سوی رودخانه").
    private static bool OnlyLinksBetween(ReadOnlySpan<char> between)
    {
        foreach (var range in between.SplitAny(' ', '\u00A0', '\u200C', ','))
        {
            var word = between[range];
            if (!word.IsEmpty && !Links.Contains(word.ToString()) && !KindCues.IsCue(word.ToString()))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> Links = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "de", "du", "la", "le", "d'", "des", "der", "den", "dem", "د", "از", "من", "from", "aus", "из" };
}
