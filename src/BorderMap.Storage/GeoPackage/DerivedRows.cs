using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Counting;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The rows that keep the <see cref="DerivedSchema"/> tables in step with one claim row: written
/// with the claim in the same transaction (through the transaction's <see cref="TableInserts"/>,
/// so that an import writes a chunk's rows of each table together), removed with it.
/// </summary>
internal static class DerivedRows
{
    /// <summary>A statement and its parameter values.</summary>
    public sealed record Statement(string Sql, (string Name, object? Value)[] Parameters);

    private static readonly RowTable Summary = new(
        "claim_summary (claim_fid, category, status, geo_precision, start_day, end_day, west, east, south, north, lon, lat, x, y)", 14);

    private static readonly RowTable Anchors = new("claim_anchors", 5);

    private static readonly RowTable Extents = new("claim_extents", 7);

    private static readonly RowTable Areas = new("claim_areas (area_id, claim_fid, start_day, end_day)", 4);

    private static readonly RowTable Actors = new("claim_actors (actor, claim_fid, actor_key)", 3);

    private static readonly RowTable Search = new("claim_search (rowid, key)", 2);

    private static readonly RowTable Pages = new("claim_pages (claim_fid, json)", 2);

    /// <summary>
    /// Adds the rows of a claim just written at <paramref name="fid"/> (whose old rows, if any, are
    /// deleted), and returns what they were derived from; its search key too unless <paramref name="search"/> is false, when a bulk import
    /// indexes it at its end (<see cref="ImportTail"/>), and its R-tree rows unless a large import
    /// packs the trees at its end (<paramref name="packTreesLater"/>, <see cref="PackedRTrees"/>).
    /// </summary>
    /// <param name="known">the values when computed already, off the transaction's thread (<see cref="ClaimRow.Derived"/>).</param>
    public static Values Add(TableInserts rows, long fid, ClaimRecord record, bool search, bool packTreesLater = false, Values? known = null)
    {
        var values = known ?? Of(record.Claim);
        AddSummary(rows, fid, values, packTreesLater);
        AddMemberships(rows, fid, record.AreaIds, values);
        if (search)
        {
            rows[Search].Add(fid).Add(record.SearchKey);
        }

        rows[Pages].Add(fid).Add(record.PageJson);
        return values;
    }

    /// <summary>
    /// The claim's rows of <c>claim_summary</c>, <c>claim_anchors</c> and <c>claim_extents</c>, which
    /// hold nothing but these values; while the R-trees wait to be packed (<paramref name="packTreesLater"/>), its period instead of its R-tree rows.
    /// </summary>
    public static void AddSummary(TableInserts rows, long fid, Values values, bool packTreesLater = false)
    {
        var (envelope, anchor, (x, y)) = (values.Envelope, values.Anchor, values.Mercator);
        rows[Summary].Add(fid).Add(values.Category).Add(values.Status).Add(values.GeoPrecision)
            .Add(values.FirstDay).Add(values.LastDay)
            .Add(envelope.MinX).Add(envelope.MaxX).Add(envelope.MinY).Add(envelope.MaxY)
            .Add(anchor.X).Add(anchor.Y).Add(x).Add(y);
        if (packTreesLater)
        {
            rows[PackedRTrees.Periods].Add(fid).Add(values.First.DayNumber).Add(values.Last.DayNumber);
            return;
        }

        rows[Anchors].Add(fid).Add(x).Add(x).Add(y).Add(y);
        // Days since 0001-01-01, exact in the R-tree's float32 bounds.
        rows[Extents].Add(fid).Add(envelope.MinX).Add(envelope.MaxX).Add(envelope.MinY).Add(envelope.MaxY).Add(values.First.DayNumber).Add(values.Last.DayNumber);
    }

    /// <summary>The claim's <c>claim_areas</c> and <c>claim_actors</c> rows.</summary>
    private static void AddMemberships(TableInserts rows, long fid, IReadOnlyList<string> areaIds, Values values)
    {
        foreach (var area in areaIds)
        {
            rows[Areas].Add(area).Add(fid).Add(values.FirstDay).Add(values.LastDay);
        }

        foreach (var (actor, key) in values.Actors)
        {
            rows[Actors].Add(actor).Add(fid).Add(key);
        }
    }

    /// <summary>
    /// What a claim's summary row holds (with its anchor's Web Mercator position and its period), and the actors it names, each
    /// once with its key (one <c>claim_actors</c> row each): derived once for every row written from it.
    /// </summary>
    public sealed record Values(
        string Category, string Status, int GeoPrecision, DateOnly First, DateOnly Last,
        NetTopologySuite.Geometries.Envelope Envelope, NetTopologySuite.Geometries.Point Anchor, (double X, double Y) Mercator,
        IReadOnlyList<(string Name, string Key)> Actors) : ICountedClaim
    {
        public string FirstDay { get; } = Core.IsoDate.Format(First);

        public string LastDay { get; } = Core.IsoDate.Format(Last);

        int? ICountedClaim.Precision => GeoPrecision;

        int ICountedClaim.ActorCount => Actors.Count;

        string ICountedClaim.Actor(int index) => Actors[index].Name;
    }

    public static Values Of(Claim claim)
    {
        var (data, anchor) = (claim.Data, claim.Anchor);
        var (first, last) = ClaimPeriod.Of(data);
        return new Values(data.Category, data.Status, data.GeoPrecision, first, last, claim.Geometry.EnvelopeInternal, anchor,
            (TileAddress.MercatorX(anchor.X), TileAddress.MercatorY(anchor.Y)), ActorsOf(data.Actors));
    }

    /// <summary>Each actor once, in the order first named, with its key; a claim names a handful, so a search of those kept beats a set (a loop, not a predicate: one closure an actor).</summary>
    private static List<(string Name, string Key)> ActorsOf(IReadOnlyList<string> named)
    {
        var actors = new List<(string Name, string Key)>(named.Count);
        foreach (var actor in named)
        {
            if (!Named(actors, actor))
            {
                actors.Add((actor, ClaimQuery.ActorKey(actor)));
            }
        }

        return actors;
    }

    private static bool Named(List<(string Name, string Key)> actors, string actor)
    {
        foreach (var kept in actors)
        {
            if (string.Equals(kept.Name, actor, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes every derived row of the claim at <paramref name="fid"/>.</summary>
    public static IEnumerable<Statement> Delete(long fid) => DeleteSql.Select(sql => new Statement(sql, [("$fid", fid)]));

    private static readonly string[] DeleteSql =
    [
        .. new[] { "claim_summary WHERE claim_fid", "claim_anchors WHERE id", "claim_extents WHERE id", "claim_areas WHERE claim_fid", "claim_actors WHERE claim_fid", "claim_search WHERE rowid", "claim_pages WHERE claim_fid" }
            .Select(table => $"DELETE FROM {table} = $fid"),
    ];
}
