namespace BorderMap.Core.Geocoding;

/// <summary>
/// What the surrounding text says that helps choose between places of one name: the ids of areas
/// (countries, provinces) and places it mentions, and a word next to the name that says which kind
/// is meant ("kota Kandahar", "provinsi Helmand", "Kunduz province").
/// </summary>
public sealed record GeocodeContext(IReadOnlySet<string> MentionedIds, IReadOnlyList<Place> NearbyPlaces, string? KindHint)
{
    /// <summary>The country an adjective next to the name gives ("the Tajik town of Ishkashim"), if any.</summary>
    public string? Country { get; init; }

    /// <summary>The country that people crossing to this place left ("Afghan soldiers crossed into …"): the place lies across the border from it.</summary>
    public string? LeftCountry { get; init; }

    /// <summary>The country of the places the text says this one lies across the river from ("the Shighnan district across the river" from a Tajik district's sentence).</summary>
    public string? AcrossFrom { get; init; }

    /// <summary>The places named in the same sentence (as first resolved): the strongest hint to which of two same-name places is meant.</summary>
    public IReadOnlyList<Place> SentencePlaces { get; init; } = [];

    /// <summary>The sentence's places named only as a point of reference ("a few kilometres east of Bokhtar"): no base's host town.</summary>
    public IReadOnlyList<Place> ReferencePlaces { get; init; } = [];

    /// <summary>A country named earlier in the name's own clause ("Tajikistan sent troops to Murghob, …"): whose place it is, more than a neighbour in another clause says.</summary>
    public string? ClauseCountry { get; init; }

    /// <summary>
    /// The country of the dateline the report was filed under, given to a caption's name that no word of its own places: the report's
    /// pictures are taken on the side it was filed from ("Archivbild: Tadschikische Grenzsoldaten bei Ischkaschim" under "DUSCHANBE").
    /// </summary>
    public string? FiledFrom { get; init; }

    /// <summary>The name stands in a credit line ("Анна Берг, Москва; редактор …"): it says where a reporter works, not where things happened.</summary>
    public bool InCredit { get; init; }

    public static readonly GeocodeContext None = new(new HashSet<string>(), [], null);
}
