using BorderMap.Core.Queries;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// What one chunk of a bulk import adds to <c>claim_days</c>, <c>claim_cell_days</c> and
/// <c>claim_area_values</c>, counted in memory from the claims' derived values (the same ones their
/// <c>claim_summary</c>, <c>claim_areas</c> and <c>claim_actors</c> rows are written from) while the
/// chunk's rows are written, then upserted with the chunk. Those tables' insert triggers are dropped
/// for the import (<see cref="ImportTail"/>). Counted at the import's end instead, set-wise, each
/// table was a sort of every claim's rows (five cells per claim, an area by actor per pair) on the
/// transaction's thread, the import's largest remaining part; here the grouping runs beside the
/// writing, and memory holds one chunk's rows. The same rows as the tables' triggers and fills
/// (<see cref="DayCountSchema"/>, <see cref="ClusterCellDaySchema"/>, <see cref="AreaValueSchema"/>).
/// </summary>
internal sealed class ChunkCounts
{
    private readonly Dictionary<(string Area, Period Period), long> _days = [];
    private readonly Dictionary<(int Zoom, long X, long Y, Period Period), (long Count, double SumX, double SumY)> _cellDays = [];
    private readonly Dictionary<(string Area, Period Period, string Kind, string Value), long> _areaValues = [];

    /// <summary>What the summary rows the counts group by hold beside the area, cell or combination.</summary>
    private readonly record struct Period(string FirstDay, string LastDay, string Category, string Status, int GeoPrecision);

    /// <summary>Counts the claims of <paramref name="records"/>, as if each were written.</summary>
    public static ChunkCounts Of(IEnumerable<ClaimRecord> records)
    {
        var counts = new ChunkCounts();
        foreach (var record in records)
        {
            counts.Add(record);
        }

        return counts;
    }

    /// <summary>Adds the counted rows to the tables' upserts; they are written with the chunk's next flush.</summary>
    public void Write(TableInserts rows)
    {
        foreach (var ((area, p), count) in _days)
        {
            rows[DayCountSchema.Counted].Add(area).Add(p.FirstDay).Add(p.LastDay).Add(p.Category).Add(p.Status).Add(p.GeoPrecision).Add(count);
        }

        foreach (var ((zoom, x, y, p), (count, sumX, sumY)) in _cellDays)
        {
            rows[ClusterCellDaySchema.Counted].Add(zoom).Add(x).Add(y).Add(p.FirstDay).Add(p.LastDay).Add(p.Category).Add(p.Status).Add(p.GeoPrecision)
                .Add(count).Add(sumX).Add(sumY);
        }

        foreach (var ((area, p, kind, value), count) in _areaValues)
        {
            rows[AreaValueSchema.Counted].Add(area).Add(p.FirstDay).Add(p.LastDay).Add(p.Category).Add(p.Status).Add(p.GeoPrecision).Add(kind).Add(value).Add(count);
        }
    }

    private void Add(ClaimRecord record)
    {
        var values = DerivedRows.Of(record);
        var period = new Period(values.FirstDay, values.LastDay, values.Category, values.Status, values.GeoPrecision);
        var actors = DerivedRows.ActorsOf(record).ToList();
        // '' is every claim, beside each of its areas.
        foreach (var area in record.AreaIds.Prepend(string.Empty))
        {
            Increment(_days, (area, period));
            foreach (var actor in actors)
            {
                Increment(_areaValues, (area, period, "actor", actor));
            }
        }

        foreach (var area in record.AreaIds)
        {
            foreach (var other in record.AreaIds.Where(other => other != area))
            {
                Increment(_areaValues, (area, period, "area", other));
            }
        }

        AddCells(values.Mercator, period);
    }

    /// <summary>The anchor in the cell of each kept zoom, as <see cref="ClusterCells.CellPosition"/> and <see cref="ClusterCells.InWorld"/> compute in SQL.</summary>
    private void AddCells((double X, double Y) anchor, Period period)
    {
        const double Half = TileAddress.WorldHalfWidth;
        var (x, y) = anchor;
        if (!(x >= -Half && x < Half && y > -Half && y <= Half))
        {
            return;
        }

        foreach (var zoom in ClusterCellDays.Zooms)
        {
            var cellWidth = 2 * Half / (1 << zoom);
            var key = (zoom, (long)((x + Half) / cellWidth), (long)((-y + Half) / cellWidth), period);
            var (count, sumX, sumY) = _cellDays.GetValueOrDefault(key);
            _cellDays[key] = (count + 1, sumX + x, sumY + y);
        }
    }

    private static void Increment<TKey>(Dictionary<TKey, long> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
}
