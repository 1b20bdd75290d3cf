namespace BorderMap.Storage.Counting;

/// <summary>
/// A sum of reals added up as SQLite's <c>sum()</c> adds them (since SQLite 3.43: Kahan–Babuška–Neumaier): a running sum and the
/// parts each addition rounded away, added to it once at the end. Counted in memory (<see cref="CellCounts"/>), the cell tables'
/// anchor sums are then the ones SQLite's own grouping gives: where every value's rounded-away part fits the error's 53 bits, as
/// for anchors in metres, the result is the exact sum rounded once, in whatever order the values come (bench/RESULTS.md).
/// </summary>
internal struct SqliteSum
{
    private double _sum;
    private double _error;

    public void Add(double value)
    {
        var total = _sum + value;
        _error += Math.Abs(_sum) > Math.Abs(value) ? (_sum - total) + value : (value - total) + _sum;
        _sum = total;
    }

    /// <summary>The sum, as SQLite's <c>sum()</c> returns it; a sum of no reals is 0.</summary>
    public readonly double Value => double.IsFinite(_error) ? _sum + _error : _sum;
}
