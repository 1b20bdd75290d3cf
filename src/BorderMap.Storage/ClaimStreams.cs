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
    public static IAsyncEnumerable<Claim> StreamAsync(this IClaimStore store, ClaimFilter filter, CancellationToken cancel = default) =>
        Pages(
            async after =>
            {
                var page = await store.PageAsync(filter, after, PageSize, cancel);
                return (page.Claims, page.Next);
            },
            cancel);

    /// <summary>As <see cref="StreamAsync"/>, each claim as the mark a map draws (<see cref="IClaimStore.MarkPageAsync"/>).</summary>
    public static IAsyncEnumerable<ClaimMark> StreamMarksAsync(this IClaimStore store, ClaimFilter filter, CancellationToken cancel = default) =>
        Pages(
            async after =>
            {
                var page = await store.MarkPageAsync(filter, after, PageSize, cancel);
                return (page.Claims, page.Next);
            },
            cancel);

    private static async IAsyncEnumerable<T> Pages<T>(Func<ClaimCursor?, Task<(IReadOnlyList<T> Items, ClaimCursor? Next)>> page, [EnumeratorCancellation] CancellationToken cancel)
    {
        ClaimCursor? after = null;
        do
        {
            cancel.ThrowIfCancellationRequested();
            var (items, next) = await page(after);
            foreach (var item in items)
            {
                yield return item;
            }

            after = next;
        }
        while (after is not null);
    }
}
