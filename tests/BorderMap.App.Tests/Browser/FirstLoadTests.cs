using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// What the web map's first load asks the server for. A browser opens at most six connections to
/// one server, so every request beyond six waits for one to free: the fewer the first load makes,
/// the sooner the map is complete.
/// </summary>
public class FirstLoadTests(BrowserSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<BrowserSession>
{
    protected override BrowserSession Session => session;

    [Fact]
    public async Task The_boundaries_and_towns_come_in_one_request_and_the_icon_in_the_page()
    {
        var asked = new ConcurrentQueue<Uri>();
        var page = await session.OpenAppRecordingAsync(asked);
        var paths = asked.Where(uri => uri.Authority == session.Url.Authority).Select(uri => uri.AbsolutePath).ToList();

        Assert.Single(paths, "/api/basemap");
        Assert.DoesNotContain(paths, path => path.StartsWith("/api/layers/", StringComparison.Ordinal) || path == "/api/towns");
        Assert.DoesNotContain(paths, path => path.Contains("favicon", StringComparison.Ordinal));
        // The provinces and the towns are drawn from that one answer.
        Assert.NotNull(await page.EvaluateAsync<double[]?>("() => window.borderMap.regionPixel('AF-BDS')"));
        Assert.NotNull(await page.EvaluateAsync<double[]?>("() => window.borderMap.regionPixel('TJ-GB')"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.borderMap.placedLabels().some(l => l.kind === 'town')"));
        await page.CloseAsync();
    }
}
