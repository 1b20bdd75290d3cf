using System.Diagnostics;

namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.PositionAsync"/> and <see cref="IClaimStore.WaitForChangeAsync"/> on every
/// backend: how an app instance learns that another process wrote, so that it can tell its
/// browsers, without ever reloading the claims.
/// </summary>
public abstract partial class ClaimStoreContract
{
    [Fact]
    public async Task Every_write_moves_the_position_on()
    {
        var positions = new List<StorePosition> { await Store.PositionAsync() };
        var created = await Store.CreateClaimAsync(TestData.PointDraft("kept"), "ana");
        positions.Add(await Store.PositionAsync());
        await Store.UpdateClaimAsync("kept", created.Data.Version, TestData.PointDraft("kept").With(d => d with { Status = "disputed" }), "ben");
        positions.Add(await Store.PositionAsync());
        await Store.DeleteClaimAsync("kept", 2, "ben");
        positions.Add(await Store.PositionAsync());
        await Store.RegisterSourceAsync(new SourceDraft("Later report", "Example News", "en", null, null, "2021-07-09", [], "Another text."));
        positions.Add(await Store.PositionAsync());

        Assert.Equal(positions.Count, positions.Distinct().Count());
    }

    [Fact]
    public async Task A_waiter_wakes_on_a_write_by_another_process_and_otherwise_waits_out_its_timeout()
    {
        await using var elsewhere = await Backend.OpenSameStoreAsync();
        var seen = await Store.PositionAsync();

        var idle = Stopwatch.StartNew();
        Assert.Equal(seen, await Store.WaitForChangeAsync(seen, TimeSpan.FromMilliseconds(600)));
        // The upper bound only catches a waiter that ignores its timeout; a loaded machine may add seconds.
        Assert.InRange(idle.Elapsed, TimeSpan.FromMilliseconds(550), TimeSpan.FromSeconds(30));

        // A waiter that the write does not wake answers when its timeout runs out, with the moved position too; only the
        // time tells them apart, so the timeout is far longer than a write plus a wake-up take on a loaded machine.
        var waiting = Store.WaitForChangeAsync(seen, TimeSpan.FromSeconds(60));
        await elsewhere.ImportAsync([TestData.PointDraft("imported-claim", 71.2, 37.4)], new ImportOptions(Actor: "cli"));
        var moved = await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotEqual(seen, moved);
        Assert.NotNull(await Store.FindClaimAsync("imported-claim"));
    }
}
