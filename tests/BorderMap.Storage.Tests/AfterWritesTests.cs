namespace BorderMap.Storage.Tests;

/// <summary>The upkeep beside a store's writes, run once more for a write that committed while it ran, closing or not.</summary>
public sealed class AfterWritesTests
{
    [Fact]
    public async Task Closing_runs_the_upkeep_again_for_a_write_that_committed_while_it_ran()
    {
        using var firstRunStarted = new SemaphoreSlim(0);
        using var firstRunMayEnd = new SemaphoreSlim(0);
        var runs = 0;
        var afterWrites = new AfterWrites(TimeSpan.Zero, () =>
        {
            if (Interlocked.Increment(ref runs) == 1)
            {
                firstRunStarted.Release();
                firstRunMayEnd.Wait();
            }
        });

        afterWrites.Wrote();
        Assert.True(await firstRunStarted.WaitAsync(TimeSpan.FromSeconds(60)), "the upkeep did not start after a write");
        afterWrites.Wrote();
        var closing = afterWrites.DisposeAsync();
        firstRunMayEnd.Release();
        await closing;

        Assert.Equal(2, Volatile.Read(ref runs));
    }

    [Fact]
    public async Task Closing_after_the_upkeep_caught_up_runs_it_no_more()
    {
        using var ran = new SemaphoreSlim(0);
        var runs = 0;
        var afterWrites = new AfterWrites(TimeSpan.Zero, () =>
        {
            Interlocked.Increment(ref runs);
            ran.Release();
        });

        afterWrites.Wrote();
        Assert.True(await ran.WaitAsync(TimeSpan.FromSeconds(60)), "the upkeep did not run after a write");
        await afterWrites.DisposeAsync();

        Assert.Equal(1, Volatile.Read(ref runs));
    }
}
