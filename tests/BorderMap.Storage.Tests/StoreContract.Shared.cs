using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Events;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Tests;

/// <summary>The checks and import sizes more than one class of the contract uses.</summary>
public abstract partial class StoreContract
{
    /// <summary>
    /// The chunk size of the contract's imports of several chunks (<see cref="ImportOptions.ChunkSize"/>).
    /// What they guard starts at one chunk (the chunking itself, and the large and staged routes,
    /// which an import takes once a full chunk outnumbers the store), so a small chunk reaches it
    /// with a few hundred claims where a production chunk (<see cref="ChunkedImport.ChunkSize"/>) needs thousands.
    /// </summary>
    private protected const int Chunk = 100;

    /// <summary>
    /// A chunk larger than the claims <see cref="ImportQueryClaimSetAsync"/> leaves in the store (425),
    /// for imports into that store that must be large beside it from their first chunk, as one of a production chunk is.
    /// </summary>
    private protected const int ChunkAboveQuerySet = 500;

    private protected static ImportOptions InChunksOf(int size, string? actor = null) => new(Actor: actor, ChunkSize: size);

    private protected static void AssertFacetsEqual(ClaimFacets expected, ClaimFacets answered)
    {
        Assert.Equal(expected.Total, answered.Total);
        Assert.Equal(expected.Categories, answered.Categories);
        Assert.Equal(expected.Statuses, answered.Statuses);
        Assert.Equal(expected.Precisions, answered.Precisions);
        Assert.Equal(expected.Actors, answered.Actors);
        Assert.Equal(expected.Regions, answered.Regions);
    }

    /// <summary>The filter's claim ids in order, walked with the cursor in pages of 2, as the region panel's first page and the list's later ones are read.</summary>
    private protected static async Task<List<string>> PagedIdsAsync(IClaimStore store, ClaimFilter filter)
    {
        var ids = new List<string>();
        ClaimCursor? after = null;
        do
        {
            var page = await store.PageAsync(filter, after, 2);
            ids.AddRange(page.Claims.Select(c => c.Id));
            after = page.Next;
        }
        while (after is not null);
        return ids;
    }

    /// <summary>A draft that breaks exactly the named rule.</summary>
    protected static ClaimDraft Break(string rule)
    {
        var draft = TestData.PointDraft();
        var factory = TestData.Wgs84;
        return rule switch
        {
            "quote at wrong offsets" => draft.With(d => d with { Quote = d.Quote with { Start = 1, End = 97 } }),
            "unknown source" => draft.With(d => d with { Source = "no-such-source" }),
            "unreal date" => draft.With(d => d with { EventDate = "2021-02-30" }),
            "end before start" => draft.With(d => d with { EndDate = "2021-07-01" }),
            "unknown category" => draft.With(d => d with { Category = "rumour" }),
            "missing title" => draft.With(d => d with { Title = " " }),
            "unknown region" => draft.With(d => d with { Refs = ["region:AF-XYZ"] }) with { Geometry = null },
            "self-intersecting polygon" => draft with
            {
                Geometry = factory.CreatePolygon([new(70, 37), new(71, 38), new(71, 37), new(70, 38), new(70, 37)]),
            },
            "latitude out of range" => draft with { Geometry = factory.CreatePoint(new Coordinate(70, 97)) },
            "bad id" => draft with { Id = "Not A Slug" },
            _ => throw new ArgumentException($"unknown rule '{rule}'", nameof(rule)),
        };
    }

    private protected IEventStore Events => (IEventStore)Store;
}
