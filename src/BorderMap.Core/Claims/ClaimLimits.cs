namespace BorderMap.Core.Claims;

/// <summary>
/// How large a claim and a source may be. A claim is one reported event: these bounds are far
/// above any real one, and low enough that one claim cannot slow the map page for everyone (a
/// claim with 80,000 actors once took the page 8 s to load).
/// </summary>
public static class ClaimLimits
{
    public const int ShortText = 300;
    public const int LongText = 10_000;
    public const int Quote = 5_000;
    public const int ListEntries = 50;
    public const int ListEntry = 200;
    public const int NumberEntries = 50;
    public const int NumberName = 64;
    public const int SourceText = 2_000_000;
    public const int SourceNotes = 50;

    /// <summary>The first and last day a claim may be dated: the modern border's history, and the near future (a planned event).</summary>
    public static readonly DateOnly EarliestDate = new(1800, 1, 1);

    public static readonly DateOnly LatestDate = new(2100, 12, 31);
}
