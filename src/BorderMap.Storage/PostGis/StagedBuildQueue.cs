using Npgsql;

namespace BorderMap.Storage.PostGis;

/// <summary>One job of a <see cref="StagedBuild"/>, and whether it must wait for the claims' ordered table.</summary>
/// <param name="Run">The job, in a transaction of its own.</param>
/// <param name="NeedsOrderedClaims">
/// It reads or references the claims' table (an index of it, a foreign key to it, the counts), which holds
/// the import's claims only once <see cref="OrderedClaimsCopy"/> has written it.
/// </param>
internal sealed record StagedBuildJob(Action<NpgsqlConnection, NpgsqlTransaction> Run, bool NeedsOrderedClaims);

/// <summary>
/// Hands a <see cref="StagedBuild"/>'s jobs to its connections, each the first one in the queue it
/// may start. While the claims' ordered table is being written, only the jobs that do not need it (the
/// other tables' indexes), so the second core builds those meanwhile; once it is written, the rest in
/// order. A connection with nothing it may start waits.
/// </summary>
internal sealed class StagedBuildQueue
{
    private readonly object _gate = new();
    private readonly List<StagedBuildJob> _jobs;
    private bool _claimsWritten;

    public StagedBuildQueue(IEnumerable<StagedBuildJob> jobs) => _jobs = [.. jobs];

    /// <summary>The next job this connection may start, waiting until one may; false once none is left.</summary>
    public bool TryTake(out Action<NpgsqlConnection, NpgsqlTransaction> job)
    {
        lock (_gate)
        {
            while (_jobs.Count > 0)
            {
                var next = _jobs.FindIndex(j => _claimsWritten || !j.NeedsOrderedClaims);
                if (next >= 0)
                {
                    job = _jobs[next].Run;
                    _jobs.RemoveAt(next);
                    return true;
                }

                Monitor.Wait(_gate);
            }

            job = (_, _) => { };
            return false;
        }
    }

    /// <summary>Lets every job start: the claims' ordered table is committed.</summary>
    public void ClaimsWritten() => Change(() => _claimsWritten = true);

    /// <summary>Starts nothing more (the import is lost), and lets a waiting connection stop.</summary>
    public void Stop() => Change(_jobs.Clear);

    private void Change(Action change)
    {
        lock (_gate)
        {
            change();
            Monitor.PulseAll(_gate);
        }
    }
}
