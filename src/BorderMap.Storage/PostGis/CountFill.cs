using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>
/// One count table's fill from empty (<see cref="DeferredCounts.Fills"/>): the tables it writes (the
/// count table, then its month rollup, if any) and its statements, in the order they run.
/// </summary>
internal sealed record CountFill(string[] Tables, string[] Statements)
{
    /// <summary>Runs the statements in the transaction: the tables must be empty, and the rollup's triggers off (or absent).</summary>
    public void Run(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        foreach (var statement in Statements)
        {
            PostGisRows.ExecuteUntimed(connection, transaction, statement);
        }
    }
}
