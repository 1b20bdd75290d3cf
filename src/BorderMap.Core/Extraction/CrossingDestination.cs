using System.Buffers;

namespace BorderMap.Core.Extraction;

/// <summary>
/// Where a crossing goes: in a sentence that says someone crossed ("crossed", "перешли", "гузаштанд", "عبروا"), a place named
/// as a destination (<see cref="PlaceRole.Destination"/>: "ба ноҳияи Ишкошим", "into the Darvoz district", "Ишкошим ته") is the crossing's,
/// and a destination lies across the border from the country the crossers came from ("сарбози Афғонистон ба ноҳияи Ишкошим
/// гузаштанд": Afghan soldiers crossed into the Tajik district, not into the Afghan one of the same name). That country is the
/// one named or qualified nearest before the destination that is not a destination itself nor the destination's own country, named
/// right before it ("Tajik officials said Afghan troops crossed to Ishkashim": Afghan).
/// </summary>
public static class CrossingDestination
{
    private static readonly string[] CrossingStems =
    [
        "cross", "überquer", "übergetreten", "über die grenze", "franchi", "travers", "menyeberang", "melintas", "перешл", "переш", "пересек", "пересёк", "переправ",
        "гузашт", "убур", "گذشت", "عبور", "واوښت", "اوښتل", "عبر", "پار",
    ];

    private static readonly SearchValues<string> AnyCrossingStem = SearchValues.Create(CrossingStems, StringComparison.Ordinal);

    /// <summary>Whether a sentence tells of a crossing (checked once per sentence, before <see cref="LeftCountry"/> for its names).</summary>
    public static bool TellsCrossing(string text, TextSpan sentence) => LoweredSearch.ContainsAny(text, sentence, AnyCrossingStem);

    /// <summary>
    /// The country the crossers left, when the mention at <paramref name="name"/> is the destination of the crossing told in
    /// <paramref name="sentence"/> (see <see cref="TellsCrossing"/>); <paramref name="countries"/> are the places of the sentence's countries (by span, as first resolved).
    /// </summary>
    public static string? LeftCountry(string text, TextSpan sentence, TextSpan name, IEnumerable<CountryCue> countries)
    {
        if (!IsDestination(text, name))
        {
            return null;
        }

        return countries.Where(c => sentence.Start <= c.At && c.End <= name.Start && !IsDestination(text, new TextSpan(c.At, c.End)) && !Qualifies(text, c.End, name.Start))
            .OrderByDescending(c => c.At).Select(c => c.Country).FirstOrDefault();
    }

    // A country named right before the destination is the destination's own ("د تاجکستان اشکاشم ښارګوټي ته", to Tajikistan's Ishkashim).
    private static bool Qualifies(string text, int countryEnd, int nameStart) => text.AsSpan(countryEnd, nameStart - countryEnd).IsWhiteSpace();

    // "to" and "into" before the name, "ته" after it, a Russian accusative after в (see PlaceRoles), or "ته" after the kind word that
    // follows the name ("فرخار ولسوالۍ ته واوښتل", crossed into the Farkhor district).
    private static bool IsDestination(string text, TextSpan name) =>
        PlaceRoles.Of(text, name.Start, name.End) == PlaceRole.Destination || DirectionAfterKind(text, name.End);

    private static bool DirectionAfterKind(string text, int end)
    {
        var kind = PlaceRoles.WordAfter(text, end);
        if (kind.Length == 0 || !Geocoding.KindCues.IsCue(kind))
        {
            return false;
        }

        return PlaceRoles.WordAfter(text, text.IndexOf(kind, end, StringComparison.Ordinal) + kind.Length) == PashtoTo;
    }

    private const string PashtoTo = "ته";
}
