using BorderMap.Storage.Writes;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// An edit of one claim rewrites only those of its derived rows (<see cref="DerivedRows"/>) whose
/// values it changed, so the count tables' triggers run only for what moved, and an edit of a
/// claim's text (title, quote, note) writes its search key alone. A changed summary row goes first
/// and comes back last: the area and actor rows change while it is absent, and the triggers that
/// join it (<see cref="DayCountSchema"/>, <see cref="AreaValueSchema"/>) count each combination
/// once, with the claim's new values, when it comes back. Its page item always changes (the version does).
/// </summary>
internal sealed partial class ClaimTables
{
    private const string SummaryColumns = "category, status, geo_precision, start_day, end_day, west, east, south, north, lon, lat, x, y";

    private const string ChangedSummary =
        $"DELETE FROM claim_summary WHERE claim_fid = $fid AND ({SummaryColumns}) <> ($category, $status, $geo_precision, $start_day, $end_day, $west, $east, $south, $north, $lon, $lat, $x, $y)";

    // A claim's area rows hold its days, so a changed period replaces them all.
    private const string GoneAreas =
        "DELETE FROM claim_areas WHERE claim_fid = $fid AND (area_id NOT IN (SELECT value FROM json_each($areas)) OR start_day <> $start_day OR end_day <> $end_day)";

    private const string NewAreas =
        "INSERT INTO claim_areas (area_id, claim_fid, start_day, end_day) SELECT value, $fid, $start_day, $end_day FROM json_each($areas) WHERE true ON CONFLICT DO NOTHING";

    private const string GoneActors = "DELETE FROM claim_actors WHERE claim_fid = $fid AND actor NOT IN (SELECT value FROM json_each($actors))";

    // Each actor with its key, the two lists matched by position.
    private const string NewActors =
        "INSERT INTO claim_actors (actor, claim_fid, actor_key) SELECT a.value, $fid, k.value FROM json_each($actors) a JOIN json_each($keys) k ON k.key = a.key WHERE true ON CONFLICT DO NOTHING";

    /// <summary>Brings the derived rows of the claim at <paramref name="fid"/>, which an edit just rewrote, in line with <paramref name="record"/> (whose derived <paramref name="values"/> are given).</summary>
    private void ChangeDerived(long fid, ClaimRecord record, DerivedRows.Values values)
    {
        var summaryGone = Execute(ChangedSummary, SummaryParameters(fid, values)) == 1;
        if (summaryGone)
        {
            Execute("DELETE FROM claim_anchors WHERE id = $fid", ("$fid", fid));
            Execute("DELETE FROM claim_extents WHERE id = $fid", ("$fid", fid));
        }

        (string, object?)[] areas = [("$fid", fid), ("$areas", Json(record.AreaIds)), ("$start_day", values.FirstDay), ("$end_day", values.LastDay)];
        var actorList = Json([.. values.Actors.Select(a => a.Name)]);
        Execute(GoneAreas, areas);
        Execute(GoneActors, ("$fid", fid), ("$actors", actorList));
        Execute(NewAreas, areas);
        Execute(NewActors, ("$fid", fid), ("$actors", actorList), ("$keys", Json([.. values.Actors.Select(a => a.Key)])));
        if (summaryGone)
        {
            DerivedRows.AddSummary(Rows, fid, values);
            Rows.Flush();
        }

        Execute("INSERT OR REPLACE INTO claim_pages (claim_fid, json) VALUES ($fid, $json)", ("$fid", fid), ("$json", record.PageJson));
        if (Scalar("SELECT key FROM claim_search WHERE rowid = $fid", ("$fid", fid)) as string != record.SearchKey)
        {
            Execute("DELETE FROM claim_search WHERE rowid = $fid", ("$fid", fid));
            Execute("INSERT INTO claim_search (rowid, key) VALUES ($fid, $key)", ("$fid", fid), ("$key", record.SearchKey));
        }
    }

    private static (string Name, object? Value)[] SummaryParameters(long fid, DerivedRows.Values v) =>
    [
        ("$fid", fid), ("$category", v.Category), ("$status", v.Status), ("$geo_precision", v.GeoPrecision), ("$start_day", v.FirstDay), ("$end_day", v.LastDay),
        ("$west", v.Envelope.MinX), ("$east", v.Envelope.MaxX), ("$south", v.Envelope.MinY), ("$north", v.Envelope.MaxY),
        ("$lon", v.Anchor.X), ("$lat", v.Anchor.Y), ("$x", v.Mercator.X), ("$y", v.Mercator.Y),
    ];
}
