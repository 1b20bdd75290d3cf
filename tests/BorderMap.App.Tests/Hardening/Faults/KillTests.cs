using System.Globalization;
using System.Text.RegularExpressions;
using BorderMap.App.Tests.Hardening.BadInput;
using BorderMap.Storage;

namespace BorderMap.App.Tests.Hardening.Faults;

/// <summary>
/// kill -9 of a real <c>bordermap</c> process on a GeoPackage store, mid-write and mid-import: every
/// write the server acknowledged is in the store afterwards, the store opens and passes
/// <c>bordermap store check</c>, and an import is there entirely or not at all.
/// </summary>
public sealed partial class KillTests
{
    /// <summary>More than one chunk of the import (5,000 claims), so that it reports written claims while its transaction is still open.</summary>
    private const int ImportRows = 6_000;

    [Fact]
    public async Task A_server_killed_during_writes_loses_no_acknowledged_claim_and_its_store_opens_after()
    {
        var store = StoreTestEnvironment.NewStorePath();
        FaultWrites writes;
        await using (var server = await AppProcess.Serve("--store", store))
        {
            using var client = new HttpClient { BaseAddress = server.Url };
            writes = new FaultWrites(client, "killed");
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 3).Select(_ => writes.KeepWritingAsync(stop.Token)).ToList();
            Assert.True(await Eventually.Within(TimeSpan.FromMinutes(1), () => Task.FromResult(writes.Acknowledged.Count >= 20)), "writes were acknowledged");

            await server.KillAsync();
            await Task.WhenAll(writers);
        }

        // The check is the store's next user: it finds the write-ahead log the kill left, with every commit the server acknowledged.
        var (checkExit, checkOut, _) = await AppProcess.RunToEnd("store", "check", "--store", store);
        Assert.True(checkExit == 0, checkOut);
        var stored = CommandLineBadInputTests.Fingerprint(store);
        Assert.All(writes.Acknowledged, id => Assert.Contains($",{id}@1,", "," + stored.Split(':', 2)[1] + ",", StringComparison.Ordinal));
        await using var again = await AppProcess.Serve("--store", store);
        using var reader = new HttpClient { BaseAddress = again.Url };
        Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync(new Uri("/api/claims?limit=1", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_claims_import_killed_mid_transaction_imports_all_or_nothing()
    {
        var store = StoreTestEnvironment.NewStorePath();
        await StoreLocation.Open(store, StoreServer.Geodata.Areas, StoreSeed.From(StoreServer.Geodata)).DisposeAsync();
        var file = await ImportFile.WriteAsync(StoreTestEnvironment.Folder, "killed-import", ImportRows);
        var before = CommandLineBadInputTests.Fingerprint(store);
        var claimsBefore = int.Parse(before.Split(':')[0], CultureInfo.InvariantCulture);

        using (var import = ImportProcess.Start(file, store))
        {
            // Killed once the first chunk is written: its pages are in the cache or the write-ahead log, uncommitted.
            Assert.True(await import.KillWhileWritingAsync(() => Task.FromResult(import.ReportedWrittenClaims)), "the import ended before it could be killed");
        }

        // Opening the store for writing drops what a killed transaction left uncommitted, as the next user of the store would.
        var (exportExit, exportOut, exportErr) = await AppProcess.RunToEnd("claims", "export", "--format", "csv", "--out", store + ".csv", "--store", store);
        Assert.True(exportExit == 0, exportErr);
        var exported = int.Parse(Exported().Match(exportOut).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Contains(exported, new[] { claimsBefore, claimsBefore + ImportRows });
        if (exported == claimsBefore)
        {
            Assert.Equal(before, CommandLineBadInputTests.Fingerprint(store));
        }

        var (checkExit, checkOut, _) = await AppProcess.RunToEnd("store", "check", "--store", store);
        Assert.True(checkExit == 0, checkOut);
    }

    [GeneratedRegex(@"Exported (\d+) claims")]
    private static partial Regex Exported();
}
