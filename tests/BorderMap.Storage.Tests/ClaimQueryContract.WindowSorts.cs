namespace BorderMap.Storage.Tests;

/// <summary>
/// A sorted list under a date window on every backend, where a claim's event date may lie outside a
/// window its period meets: a date known to the week, month or year covers the whole week, month or
/// year, and a stated end date extends it. Every sort, with and without the window, a box and a
/// word, walked a few claims a page through the cursor, gives the reference's claims in its order;
/// so a store that narrows a date-sorted page by the event date must still find the wide claims.
/// </summary>
public abstract partial class ClaimQueryContract
{
    /// <summary>A Wednesday and Thursday in June 2021: week-, month- and year-long claims of that time meet it with their event date outside it.</summary>
    private const string NarrowWindow = "from=2021-06-02&to=2021-06-03";

    /// <summary>Claims whose period meets <see cref="NarrowWindow"/> while their event date lies after it (the first three) or before it (the last).</summary>
    private static readonly (string Id, string EventDate, string? EndDate, string Precision)[] WideClaims =
    [
        ("wide-week", "2021-06-05", null, "week"),
        ("wide-month", "2021-06-20", null, "month"),
        ("wide-year", "2021-09-14", null, "year"),
        ("wide-span", "2021-05-20", "2021-06-10", "day"),
    ];

    public static TheoryData<string> WindowedSortFilters() =>
    [
        NarrowWindow,
        NarrowWindow + "&bbox=69,36,72,38",
        NarrowWindow + "&q=badakhshan",
        NarrowWindow + "&bbox=69,36,72,38&q=badakhshan",
        WholeSetBox + "&from=2021-06-02",
        WholeSetBox + "&" + NarrowWindow,
        "from=2021-06-02",
        "to=2021-06-03&category=statement,refugees",
        "bbox=69,36,72,38&q=badakhshan",
    ];

    [Theory]
    [MemberData(nameof(WindowedSortFilters))]
    public async Task Every_sort_under_a_date_window_gives_the_reference_order_with_claims_dated_wider_than_a_day(string query)
    {
        await ImportQueryClaimSetAsync();
        foreach (var (id, eventDate, endDate, precision) in WideClaims)
        {
            await Store.CreateClaimAsync(TestData.PointDraft(id).With(d => d with { EventDate = eventDate, EndDate = endDate, TimePrecision = precision }), "ana");
        }

        await Backend.AnalyzeAsync();
        await AssertEverySortWalksInReferenceOrderAsync(query);
    }
}
