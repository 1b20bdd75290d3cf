using System.Diagnostics;
using BorderMap.Core.Queries;
using BorderMap.Storage;

namespace BorderMap.App.Tests;

/// <summary>
/// A <c>kill -9</c> in the middle of <c>bordermap claims import</c> leaves the store as it was:
/// the import is one SQLite transaction, and the next open drops what it left uncommitted.
/// </summary>
public sealed class StoreCrashTests
{
    private const int Claims = 40_000;

    [Fact]
    public async Task Killing_an_import_midway_leaves_the_store_unchanged_or_fully_imported()
    {
        var store = StoreTestEnvironment.NewStorePath();
        var file = StoreCommandLineTests.ClaimsFile(Claims, "crash");
        var seedCount = StoreServer.Geodata.Claims.Count;

        using var import = Process.Start(AppProcess.StartInfo(["claims", "import", file, "--store", store]))!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string? line;
        while ((line = await import.StandardOutput.ReadLineAsync(timeout.Token)) is not null && !line.Contains(" claims checked and written", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
        Assert.False(import.HasExited, "the import finished before it could be killed");
        import.Kill(); // SIGKILL: no finally blocks, no rollback by the process itself
        await import.WaitForExitAsync(timeout.Token);

        await using (var reopened = StoreLocation.Open(store, StoreServer.Geodata.Areas, StoreSeed.Empty))
        {
            var count = await reopened.StreamAsync(ClaimFilter.All).CountAsync();
            Assert.True(count == seedCount || count == seedCount + Claims, $"{count} claims: neither the {seedCount} before nor all {seedCount + Claims}");
            Assert.Equal(seedCount, count);
        }

        // The interrupted store takes the same import whole afterwards.
        var (exitCode, stdout, stderr) = await AppProcess.RunToEnd("claims", "import", file, "--store", store);
        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"{Claims} created", stdout, StringComparison.Ordinal);
    }
}
