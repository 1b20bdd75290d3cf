using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// The statements that keep the <see cref="DerivedSchema"/> tables in step with one claim row:
/// written with the claim in the same transaction, removed with it. Each is a constant SQL text,
/// so the transaction prepares it once.
/// </summary>
internal static class DerivedRows
{
    /// <summary>A statement and its parameter values.</summary>
    public sealed record Statement(string Sql, (string Name, object? Value)[] Parameters);

    private const string InsertSummary =
        """
        INSERT INTO claim_summary (claim_fid, category, status, geo_precision, start_day, end_day, west, east, south, north, lon, lat, x, y)
        VALUES ($fid, $category, $status, $precision, $start, $end, $west, $east, $south, $north, $lon, $lat, $x, $y)
        """;

    /// <summary>The rows of a claim just written at <paramref name="fid"/> (whose old rows, if any, are deleted).</summary>
    public static IEnumerable<Statement> Insert(long fid, ClaimRecord record) => [.. Indexed(fid, record), Searchable(fid, record.SearchKey)];

    /// <summary>The claim's search key in the full-text index.</summary>
    public static Statement Searchable(long fid, string key) => new("INSERT INTO claim_search (rowid, key) VALUES ($fid, $key)", [("$fid", fid), ("$key", key)]);

    /// <summary>Every row of <see cref="Insert"/> but the full-text index's, which a bulk import writes at its end (<see cref="ImportTail"/>).</summary>
    public static IEnumerable<Statement> Indexed(long fid, ClaimRecord record)
    {
        var (data, envelope, anchor) = (record.Claim.Data, record.Claim.Geometry.EnvelopeInternal, record.Claim.Anchor);
        var (x, y) = (TileAddress.MercatorX(anchor.X), TileAddress.MercatorY(anchor.Y));
        var (first, last) = ClaimPeriod.Of(data);
        yield return new(InsertSummary, [
            ("$fid", fid), ("$category", data.Category), ("$status", data.Status), ("$precision", data.GeoPrecision),
            ("$start", Core.IsoDate.Format(first)), ("$end", Core.IsoDate.Format(last)),
            ("$west", envelope.MinX), ("$east", envelope.MaxX), ("$south", envelope.MinY), ("$north", envelope.MaxY),
            ("$lon", anchor.X), ("$lat", anchor.Y), ("$x", x), ("$y", y)]);
        yield return new("INSERT INTO claim_anchors VALUES ($fid, $x, $x, $y, $y)", [("$fid", fid), ("$x", x), ("$y", y)]);
        yield return new("INSERT INTO claim_extents VALUES ($fid, $west, $east, $south, $north, $first, $last)", [
            ("$fid", fid), ("$west", envelope.MinX), ("$east", envelope.MaxX), ("$south", envelope.MinY), ("$north", envelope.MaxY),
            ("$first", first.DayNumber), ("$last", last.DayNumber)]); // days since 0001-01-01, exact in the R-tree's float32 bounds
        foreach (var area in record.AreaIds)
        {
            yield return new("INSERT INTO claim_areas (area_id, claim_fid) VALUES ($area, $fid)", [("$area", area), ("$fid", fid)]);
        }

        foreach (var actor in data.Actors.Distinct(StringComparer.Ordinal))
        {
            yield return new("INSERT INTO claim_actors (actor, claim_fid, actor_key) VALUES ($actor, $fid, $key)", [("$actor", actor), ("$fid", fid), ("$key", ClaimQuery.ActorKey(actor))]);
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
