namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// One write transaction of this process at a time, and whether an edit is waiting for its turn.
/// Writers that find the file's write lock taken are retried by the SQLite driver every 150 ms; two
/// edits of this process at once made the second wait 150–800 ms for one that took a few (measured
/// at a million claims). Here the second waits on this gate and goes the moment the first commits;
/// other processes still queue on SQLite's lock. The store's upkeep between writes
/// (<see cref="SearchMerges"/>) takes the gate a short step at a time and asks
/// <see cref="EditWaiting"/> before each step, so that it stops for an edit instead of making it
/// wait. Thread-safe.
/// </summary>
internal sealed class WriteGate
{
    private readonly Lock _lock = new();
    private int _waitingEdits;

    /// <summary>Whether a write is waiting for the gate or about to take it.</summary>
    public bool EditWaiting => Volatile.Read(ref _waitingEdits) > 0;

    /// <summary>Waits for the gate for a write, which upkeep steps give way to.</summary>
    public Lock.Scope EnterForWrite()
    {
        Interlocked.Increment(ref _waitingEdits);
        try
        {
            return _lock.EnterScope();
        }
        finally
        {
            Interlocked.Decrement(ref _waitingEdits);
        }
    }

    /// <summary>Waits for the gate for one step of upkeep; the caller checks <see cref="EditWaiting"/> once inside.</summary>
    public Lock.Scope EnterForUpkeep() => _lock.EnterScope();
}
