using BorderMap.Core.Claims;
using BorderMap.Core.Queries;

namespace BorderMap.Storage.Tests;

/// <summary>Whole answers for the tests, which hold a few hundred claims: every page of a query, read to the end.</summary>
internal static class StoreReads
{
    public static Task<List<Claim>> ClaimsAsync(this IClaimStore store) => store.QueryAsync(ClaimFilter.All);

    public static async Task<List<Claim>> QueryAsync(this IClaimStore store, ClaimFilter filter) => await store.StreamAsync(filter).ToListAsync();
}
