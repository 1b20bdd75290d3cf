using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Storage.Tests;

/// <summary>The query set and the filters, as users send them, that the reads and the counts of the contract both check.</summary>
public abstract partial class StoreContract
{
    /// <summary>How many claims a filter should let through, so that a filter that filters nothing (or everything) cannot pass unnoticed.</summary>
    public enum Expect
    {
        Some,
        None,
        All,
    }

    public static TheoryData<string, Expect> Filters() => new()
    {
        { "", Expect.All },
        { "bbox=69,36,72,38", Expect.Some },
        { "bbox=70,37,70.5,37.5", Expect.Some },
        { "bbox=68.7,37.6,68.8,37.7", Expect.Some },
        { "from=2021-07-01&to=2021-07-30", Expect.Some },
        { "from=2021-07-31&to=2021-07-31", Expect.Some },
        { "from=2022-06-01", Expect.Some },
        { "to=2021-02-01", Expect.Some },
        { "bbox=66,35,72,39&from=2021-06-01&to=2021-06-30", Expect.Some },
        { "category=troop-movement,refugees", Expect.Some },
        { "category=", Expect.None },
        { "status=disputed", Expect.Some },
        { "precision=1,3", Expect.Some },
        { "precision=", Expect.None },
        { "actor=taliban", Expect.Some },
        { "actor=ПОГРАНИЧНИКИ,csto", Expect.Some },
        { "actor=nobody", Expect.None },
        { "actor=", Expect.None },
        { "region=AF-BDS", Expect.Some },
        { "region=AF-KAN", Expect.Some },
        { "region=TJ", Expect.Some },
        { "region=AF-HEL&from=2021-01-01&to=2021-12-31", Expect.Some },
        { "region=AF-BDS&category=statement,troop-movement&status=reported,disputed&precision=2,3&from=2021-03-01", Expect.Some },
        { "q=Kunduz", Expect.Some },
        { "q=Бадахшан", Expect.Some },
        { "q=helikopter", Expect.Some },
        { "q=shelling", Expect.Some },
        { "q=satellite", Expect.Some },
        { "q=taliban khorog", Expect.Some },
        { "q=zzyzx", Expect.None },
        { "q=badakhshan&region=TJ-GB&from=2022-01-01", Expect.Some },
    };

    /// <summary>Adds <see cref="QueryClaimSet"/> to the seed, and answers the reference over every claim then in the store.</summary>
    private protected async Task<ReferenceClaims> ImportQueryClaimSetAsync()
    {
        await Store.ImportAsync(QueryClaimSet.Drafts(), new ImportOptions());
        return await ReferenceClaims.ReadAsync(Store);
    }

    /// <summary>Checks that the reference lets through as many claims as the filter was written for, so a filter that filters nothing (or everything) cannot pass unnoticed.</summary>
    protected static void AssertExpected(Expect expect, int matched, int total)
    {
        switch (expect)
        {
            case Expect.None:
                Assert.Equal(0, matched);
                break;
            case Expect.All:
                Assert.Equal(total, matched);
                break;
            default:
                Assert.InRange(matched, 1, total - 1);
                break;
        }
    }

    protected static ClaimFilter Parse(string query)
    {
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var (filter, problems) = new ClaimFilterParser(TestData.Geodata.Areas).Parse(parameters.GetValueOrDefault);
        Assert.Empty(problems);
        return filter!;
    }
}
