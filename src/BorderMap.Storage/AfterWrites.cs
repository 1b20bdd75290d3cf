namespace BorderMap.Storage;

/// <summary>
/// Runs a store's upkeep beside its writes, not inside them: after a write commits, a pool thread
/// runs <paramref name="upkeep"/> a moment later (<paramref name="gather"/>: the writes of that
/// moment go together), one run at a time, and once more if writes committed while it ran.
/// Closing runs the last one at once if a write is waiting for it. Thread-safe.
/// </summary>
internal sealed class AfterWrites(TimeSpan gather, Action upkeep) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _closing = new();
    private Task _running = Task.CompletedTask;
    private bool _scheduled;
    private bool _wroteMeanwhile;

    /// <summary>A write committed: the upkeep runs shortly.</summary>
    public void Wrote()
    {
        lock (_gate)
        {
            if (_closing.IsCancellationRequested)
            {
                return;
            }

            if (_scheduled)
            {
                _wroteMeanwhile = true;
                return;
            }

            _scheduled = true;
            _running = Task.Run(RunAsync);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task running;
        lock (_gate)
        {
            running = _running;
            _closing.Cancel();
        }

        await running;
        _closing.Dispose();
    }

    private async Task RunAsync()
    {
        do
        {
            try
            {
                await Task.Delay(gather, _closing.Token);
            }
            catch (OperationCanceledException)
            {
                // Closing: run it for the writes so far now, while the store is still open.
            }

            upkeep();
        }
        while (TakeNext());
    }

    /// <summary>
    /// Whether another write committed while the upkeep ran, so that another run is due; else the
    /// next write schedules one. Closing does not cancel that run but makes it start at once: the
    /// write that committed meanwhile would otherwise close the store without its upkeep (its
    /// search segments left unmerged), since no later write comes to schedule it.
    /// </summary>
    private bool TakeNext()
    {
        lock (_gate)
        {
            var again = _wroteMeanwhile;
            _wroteMeanwhile = false;
            _scheduled = again;
            return again;
        }
    }
}
