using System.Runtime.CompilerServices;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;

namespace BorderMap.Storage;

/// <summary>Reading every claim that meets a filter, a page at a time, for exports and copies.</summary>
public static class ClaimStreams
{
    private const int PageSize = 1000;

    /// <summary>
    /// The claims that meet the filter in creation order, fetched a page at a time, so that memory
    /// holds one page however many claims match. A claim written meanwhile may or may not be included.
    /// </summary>
    public static async IAsyncEnumerable<Claim> StreamAsync(this IClaimStore store, ClaimFilter filter, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        ClaimCursor? after = null;
        do
        {
            var page = await store.PageAsync(filter, after, PageSize, cancel);
            foreach (var claim in page.Claims)
            {
                yield return claim;
            }

            after = page.Next;
        }
        while (after is not null);
    }
}
