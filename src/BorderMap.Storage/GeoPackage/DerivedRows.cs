using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
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

    /// <summary>
    /// Adds the rows of a claim just written at <paramref name="fid"/> (whose old rows, if any, are
    /// deleted); its search key too unless <paramref name="search"/> is false, when a bulk import
    /// indexes it at its end (<see cref="ImportTail"/>).
    /// </summary>
    public static void Add(TableInserts rows, long fid, ClaimRecord record, bool search)
    {
        var (data, envelope, anchor) = (record.Claim.Data, record.Claim.Geometry.EnvelopeInternal, record.Claim.Anchor);
        var (x, y) = (TileAddress.MercatorX(anchor.X), TileAddress.MercatorY(anchor.Y));
        var (first, last) = ClaimPeriod.Of(data);
        var (firstDay, lastDay) = (Core.IsoDate.Format(first), Core.IsoDate.Format(last));
        rows[Summary].Add(fid).Add(data.Category).Add(data.Status).Add(data.GeoPrecision)
            .Add(firstDay).Add(lastDay)
            .Add(envelope.MinX).Add(envelope.MaxX).Add(envelope.MinY).Add(envelope.MaxY)
            .Add(anchor.X).Add(anchor.Y).Add(x).Add(y);
        rows[Anchors].Add(fid).Add(x).Add(x).Add(y).Add(y);
        // Days since 0001-01-01, exact in the R-tree's float32 bounds.
        rows[Extents].Add(fid).Add(envelope.MinX).Add(envelope.MaxX).Add(envelope.MinY).Add(envelope.MaxY).Add(first.DayNumber).Add(last.DayNumber);
        foreach (var area in record.AreaIds)
        {
            rows[Areas].Add(area).Add(fid).Add(firstDay).Add(lastDay);
        }

        foreach (var actor in data.Actors.Distinct(StringComparer.Ordinal))
        {
            rows[Actors].Add(actor).Add(fid).Add(ClaimQuery.ActorKey(actor));
        }

        if (search)
        {
            rows[Search].Add(fid).Add(record.SearchKey);
        }
    }

    /// <summary>Removes every derived row of the claim at <paramref name="fid"/>.</summary>
    public static IEnumerable<Statement> Delete(long fid) => DeleteSql.Select(sql => new Statement(sql, [("$fid", fid)]));

    private static readonly string[] DeleteSql =
    [
        .. new[] { "claim_summary WHERE claim_fid", "claim_anchors WHERE id", "claim_extents WHERE id", "claim_areas WHERE claim_fid", "claim_actors WHERE claim_fid", "claim_search WHERE rowid" }
            .Select(table => $"DELETE FROM {table} = $fid"),
    ];
}
