using BorderMap.Core.Claims;
using BorderMap.Core.Queries;

namespace BorderMap.Storage.Counting;

/// <summary>
/// The <c>claim_cells</c> and <c>claim_cell_days</c> rows of the claims a large import counts in memory, in either backend: the
/// GeoPackage's counting thread (<see cref="GeoPackage.SideCounts"/>) and the PostGIS import's ordered pass over its claims
/// (<see cref="PostGis.ImportCounts"/>). Grouped by the database instead, each zoom was a sort of wide keys, the largest part of
/// the counting's CPU (bench/RESULTS.md). Here each claim is counted once, in its cell of the deepest kept zoom, by category
/// (<c>claim_cells</c>) and by facet (<c>claim_cell_days</c>, <see cref="FacetNumbers"/>); the coarser zooms are summed from
/// those when the rows are written, as SQLite's fills sum them: every zoom of <c>claim_cells</c> from the deepest cells, each
/// zoom of <c>claim_cell_days</c> from the zoom before. The anchor sums are added as SQLite's <c>sum()</c> adds them
/// (<see cref="SqliteSum"/>), so the rows are the ones <see cref="GeoPackage.ClusterCellSchema.FillFrom"/> and
/// <see cref="GeoPackage.ClusterCellDaySchema.FillFrom"/> give for the same claims; PostgreSQL's plain sums in its own order
/// may differ from them in the last bits.
/// <para>
/// Memory does not grow with the import: once its bound of deepest rows is counted, every zoom's rows are written as one batch
/// (<see cref="ICountRows"/>) and the counting starts over. Sums added across batches are a sum of two
/// rounded sums, which may differ from one <c>sum()</c> of every anchor in the last bits, as the triggers' claim-by-claim sums
/// do. Not thread-safe: it belongs to one thread.
/// </para>
/// </summary>
internal sealed class CellCounts : IDisposable
{
    /// <summary>The deepest rows of both tables kept before they are written (~40 bytes and a dictionary entry each); at 100,000 claims of the import benchmark there are about 80,000 (10,000 by category, 70,000 by facet).</summary>
    public const int Bound = 1 << 18;

    private static readonly int CategoryCount = ClaimVocabulary.Categories.Count;

    private static readonly double CellWidth = 2 * TileAddress.WorldHalfWidth / (1 << ClusterCells.DeepestZoom);

    private readonly int _bound;
    private readonly ICountRows _cells;
    private readonly ICountRows _cellDays;
    private readonly FacetNumbers _facets = new();

    /// <summary>The claims by deepest cell and category: every zoom of <c>claim_cells</c> is summed from these.</summary>
    private readonly CellSums _byCategory;

    /// <summary>The claims by deepest cell and facet: the deepest zoom of <c>claim_cell_days</c>.</summary>
    private readonly CellSums _byFacet;

    /// <param name="cells">where the <c>claim_cells</c> rows go, in <see cref="ClusterCellRows.Into"/>'s column order; disposed with this.</param>
    /// <param name="cellDays">where the <c>claim_cell_days</c> rows go (zoom, cell, the facet's five, count, sums); disposed with this.</param>
    /// <param name="bound">the deepest rows kept before they are written (<see cref="Bound"/>; smaller in tests, larger where a batch written costs more).</param>
    public CellCounts(ICountRows cells, ICountRows cellDays, int bound = Bound)
    {
        _bound = bound;
        // Sized once, by a fraction of the bound that holds the benchmark's 100,000 claims; either grows in steps beyond it.
        _byCategory = new CellSums(Math.Min(bound, 1 << 15));
        _byFacet = new CellSums(Math.Min(bound, 1 << 17));
        (_cells, _cellDays) = (cells, cellDays);
    }

    /// <summary>
    /// Counts one claim in its cells, unless its anchor lies outside the world's square, where no tile is; by facet only when it
    /// has a precision, as in the SQL fills.
    /// </summary>
    public void Add(ICountedClaim claim)
    {
        var (x, y) = claim.Mercator;
        if (!ClusterCells.IsInWorld(x, y))
        {
            return;
        }

        if (_byCategory.Count + _byFacet.Count >= _bound)
        {
            Write();
        }

        // As ClusterCells.CellPosition computes it in SQL, operation for operation, and truncated as SQLite's CAST truncates.
        var (cellX, cellY) = ((long)((x + TileAddress.WorldHalfWidth) / CellWidth), (long)((-y + TileAddress.WorldHalfWidth) / CellWidth));
        _byCategory.Add(CellSums.Key(cellX, cellY, CategoryNumber(claim.Category)), 1, x, y);
        if (claim.Precision is not null)
        {
            _byFacet.Add(CellSums.Key(cellX, cellY, _facets.Of(claim)), 1, x, y);
        }
    }

    /// <summary>Adds the rows counted, at every kept zoom, to the tables and starts over.</summary>
    public void Write()
    {
        WriteCells();
        WriteCellDays();
        _cells.Flush();
        _cellDays.Flush();
        _byCategory.Clear();
        _byFacet.Clear();
        _facets.Clear();
    }

    public void Dispose()
    {
        _cells.Dispose();
        _cellDays.Dispose();
    }

    /// <summary>Every zoom's <c>claim_cells</c> rows, each summed from the deepest cells, its categories' counts and sums in one row a cell.</summary>
    private void WriteCells()
    {
        var zoomed = new CellSums(_byCategory.Count);
        var (counts, sumsX, sumsY) = (new long[CategoryCount], new double[CategoryCount], new double[CategoryCount]);
        foreach (var zoom in ClusterCells.Zooms)
        {
            _byCategory.Coarsen(ClusterCells.DeepestZoom - zoom, zoomed);
            var keys = zoomed.SortedKeys();
            for (var first = 0; first < keys.Length;)
            {
                var (cellX, cellY) = (CellSums.CellX(keys[first]), CellSums.CellY(keys[first]));
                Array.Clear(counts);
                Array.Clear(sumsX);
                Array.Clear(sumsY);
                var total = 0L;
                for (; first < keys.Length && CellSums.CellX(keys[first]) == cellX && CellSums.CellY(keys[first]) == cellY; first++)
                {
                    var category = CellSums.Tag(keys[first]);
                    (counts[category], sumsX[category], sumsY[category]) = zoomed[keys[first]];
                    total += counts[category];
                }

                _cells.Add(zoom).Add(cellX >> ClusterCells.GridBits).Add(cellY >> ClusterCells.GridBits).Add(cellX).Add(cellY).Add(total);
                for (var category = 0; category < CategoryCount; category++)
                {
                    _cells.Add(counts[category]).Add(sumsX[category]).Add(sumsY[category]);
                }
            }
        }
    }

    /// <summary>Every zoom's <c>claim_cell_days</c> rows, each coarser zoom summed from the one before (into two buffers in turn).</summary>
    private void WriteCellDays()
    {
        var buffers = new[] { new CellSums(_byFacet.Count), new CellSums(_byFacet.Count) };
        var zoomed = _byFacet;
        for (var i = 0; i < ClusterCellDays.Zooms.Count; i++)
        {
            var zoom = ClusterCellDays.Zooms[i];
            if (i > 0)
            {
                zoomed.Coarsen(ClusterCellDays.Zooms[i - 1] - zoom, buffers[i % 2]);
                zoomed = buffers[i % 2];
            }

            foreach (var key in zoomed.SortedKeys())
            {
                var (count, sumX, sumY) = zoomed[key];
                _facets.AddTo(_cellDays.Add(zoom).Add(CellSums.CellX(key)).Add(CellSums.CellY(key)), CellSums.Tag(key)).Add(count).Add(sumX).Add(sumY);
            }
        }
    }

    /// <summary>The category's place among <see cref="ClaimVocabulary.Categories"/>, which every claim written was validated against.</summary>
    private static int CategoryNumber(string category)
    {
        for (var i = 0; i < CategoryCount; i++)
        {
            if (string.Equals(ClaimVocabulary.Categories[i], category, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"category '{category}' is not one of the vocabulary's");
    }
}
