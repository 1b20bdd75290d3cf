namespace BorderMap.Core.Claims;

/// <summary>The closed value lists of the claim model (see the ACLED-style codebook in the design notes).</summary>
public static class ClaimVocabulary
{
    /// <summary>Claim categories; their colours and symbols live in the shared map style.</summary>
    public static readonly IReadOnlyList<string> Categories =
    [
        "troop-movement",
        "mobilisation",
        "territorial-control",
        "military-presence",
        "diplomatic",
        "refugees",
        "statement",
        "geography",
    ];

    public static readonly IReadOnlyList<string> TimePrecisions = ["day", "week", "month", "year"];

    public static readonly IReadOnlyList<string> Statuses = ["reported", "corroborated", "disputed"];

    /// <summary>geoPrecision codes: 1 exact site, 2 town or district, 3 province, 4 country.</summary>
    public static readonly IReadOnlyDictionary<int, string> GeoPrecisions = new Dictionary<int, string>
    {
        [1] = "exact site",
        [2] = "town or district",
        [3] = "province",
        [4] = "country",
    };
}
