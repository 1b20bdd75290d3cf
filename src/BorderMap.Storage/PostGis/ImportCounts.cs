using BorderMap.Storage.Counting;
using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// The count tables of a staged import, counted by the client in the pass that writes every claim once, in order
/// (<see cref="OrderedClaimsCopy"/>): it holds each claim's fields anyway, the import's and the store's own, so each is counted
/// there (<see cref="CopiedClaim"/>) by the counters the GeoPackage's import counts with (<see cref="MembershipCounts"/>,
/// <see cref="CellCounts"/>), and the rows are written by <c>COPY</c> (<see cref="CountRowsCopy"/>). PostgreSQL used to fill
/// them from the written claims by one grouping statement each, which sort every claim's rows of every area, actor and zoom:
/// at 1,000,000 claims 117 s of its CPU, the import's second largest job (bench/RESULTS.md, Import, pgwrite40). The month
/// rollups are still summed from the day tables by PostgreSQL (<see cref="DeferredCounts.RollUpFromEmpty"/>).
/// <para>
/// Memory is bounded whatever the store's size: each counter keeps at most its bound of rows (<see cref="MembershipBound"/>,
/// <see cref="CellBound"/>) before it writes them as a batch to the temporary files and starts over; the bounds hold the
/// rows of 1,000,000 of the benchmark's synthetic claims, so up to about that a table's rows are one batch, copied as they
/// are; beyond, its batches are added up by PostgreSQL key by key.
/// </para>
/// </summary>
internal sealed class ImportCounts : IDisposable
{
    /// <summary>The <c>claim_days</c> and <c>claim_area_values</c> rows kept before a batch is written (each a dictionary entry of ~32 bytes).</summary>
    public const int MembershipBound = 1 << 22;

    /// <summary>The deepest cells' rows kept before a batch is written (each ~70 bytes, and as many again while the coarser zooms are summed).</summary>
    public const int CellBound = 1 << 21;

    private readonly CopiedClaim _claim = new();
    private readonly CountRowsCopy[] _tables;
    private readonly MembershipCounts _memberships;
    private readonly CellCounts _cells;

    /// <param name="membershipBound">the counter's bound (<see cref="MembershipBound"/>; smaller in tests).</param>
    /// <param name="cellBound">the counter's bound (<see cref="CellBound"/>; smaller in tests).</param>
    public ImportCounts(int membershipBound = MembershipBound, int cellBound = CellBound)
    {
        var (days, values, cellDays) = (MonthRollup.Days, MonthRollup.AreaValues, MonthRollup.CellDays);
        _tables =
        [
            new(days.DayTable, days.DayKey, days.Sums),
            new(values.DayTable, values.DayKey, values.Sums),
            new("claim_cells", ClusterCellRows.Key.Split(", "), ClusterCellRows.Added),
            new(cellDays.DayTable, cellDays.DayKey, cellDays.Sums),
        ];
        _memberships = new MembershipCounts(_tables[0], _tables[1], membershipBound);
        _cells = new CellCounts(_tables[2], _tables[3], cellBound);
    }

    /// <summary>Counts the claim of a <c>claims</c> row's binary fields (<see cref="ClaimCopyRow.Columns"/>).</summary>
    public void Add(ReadOnlySpan<byte> fields)
    {
        _claim.Read(fields);
        _memberships.Add(_claim.AreaIds, _claim);
        _cells.Add(_claim);
    }

    /// <summary>Writes every count table of <paramref name="schema"/> (emptied here, in <paramref name="transaction"/>) from the claims counted.</summary>
    public void Write(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema)
    {
        _memberships.Write();
        _cells.Write();
        StagedImport.Execute(connection, transaction, $"TRUNCATE {string.Join(", ", _tables.Select(t => $"{schema}.{t.Table}"))}");
        foreach (var table in _tables)
        {
            table.Write(connection, transaction, schema);
        }
    }

    /// <summary>Deletes the temporary files (the counters own them).</summary>
    public void Dispose()
    {
        _memberships.Dispose();
        _cells.Dispose();
    }
}
