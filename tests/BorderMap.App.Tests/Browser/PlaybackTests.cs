using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// Playback through time on the seeded July 2021 claims: stepping and playing move the date
/// filter, so claims appear and disappear on the map and in the list; the address carries the
/// date and the mode, and a reload shows the same. A claim dated to a month shows on every day of
/// that month, an event while its span meets the day. The Export dialog makes an animation and a
/// small-multiples page of the playback's dates and downloads them.
/// </summary>
public class PlaybackTests(EditorSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<EditorSession>
{
    protected override BrowserSession Session => session;

    private const string Playback = "[data-testid='playback']";

    private static async Task<int> ListTotalAsync(IPage page)
    {
        await page.EvaluateAsync("() => window.borderMap.settled()");
        return int.Parse(await page.GetByTestId("claim-list").GetAttributeAsync("data-total") ?? "-1", CultureInfo.InvariantCulture);
    }

    private static Task<int> DrawnAsync(IPage page) => page.EvaluateAsync<int>("() => window.borderMap.drawnClaimCount()");

    private static async Task<JsonElement> PlaybackStateAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>("() => window.borderMap.state()")).GetProperty("playback");

    [Fact]
    public async Task Stepping_and_playing_change_the_claims_shown_and_the_address_keeps_date_and_mode()
    {
        // One day at a time from 2 July: the claims whose period covers that day (week-long reports of 29 June – 5 July,
        // widened to the calendar weeks 28 June – 11 July, and a report dated to the week of 24 June, widened to 21 June – 4 July, among them).
        var page = await session.OpenAppAsync("#at=2021-07-02&mode=window-1");
        var playback = page.GetByTestId("playback");
        Assert.Equal(9, await ListTotalAsync(page));
        Assert.Equal("2021-07-02", await page.GetByTestId("filter-from").InputValueAsync());
        var drawnOnTheSecond = await DrawnAsync(page);
        Assert.True(drawnOnTheSecond > 0);

        // → on the page steps a day: the weekend's territorial reports appear.
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(playback).ToHaveAttributeAsync("data-date", "2021-07-03");
        Assert.Equal(14, await ListTotalAsync(page));
        Assert.Contains("at=2021-07-03&mode=window-1", page.Url, StringComparison.Ordinal);
        Assert.Equal("2021-07-03", await page.GetByTestId("filter-to").InputValueAsync());

        // Play at the fastest speed to the collection's end (the end of July): every claim has ended by then
        // but the one dated to the month (May to July 2021), which lasts to the month's last day.
        // "Playing" passes: recorded as it is shown, and checked once playback has stopped at the end.
        await page.GetByTestId("playback-speed").SelectOptionAsync(["8"]);
        await ShownStates.RecordAsync(page, Playback, "data-playing");
        await page.GetByTestId("playback-play").ClickAsync();
        await Assertions.Expect(playback).ToHaveAttributeAsync("data-date", "2021-07-31", new() { Timeout = 120_000 });
        await Assertions.Expect(playback).ToHaveAttributeAsync("data-playing", "false");
        Assert.Contains("true", await ShownStates.ShownAsync(page, Playback, "data-playing"));
        Assert.Equal(1, await ListTotalAsync(page));
        await Assertions.Expect(page.GetByTestId("claim-list").Locator("tbody tr")).ToHaveAttributeAsync("data-claim-id", MonthClaim);

        // Cumulative: everything up to the date, the 1996–2001 claim included.
        await page.GetByTestId("playback-mode").SelectOptionAsync(["cumulative"]);
        Assert.Equal(23, await ListTotalAsync(page));
        Assert.Contains("at=2021-07-31&mode=cumulative", page.Url, StringComparison.Ordinal);

        // The same address after a reload: the same date, mode and claims.
        await page.ReloadAsync();
        await BrowserSession.MapReadyAsync(page);
        Assert.Equal(23, await ListTotalAsync(page));
        await Assertions.Expect(playback).ToHaveAttributeAsync("data-mode", "cumulative");
        var state = await PlaybackStateAsync(page);
        Assert.Equal("2021-07-31", state.GetProperty("date").GetString());
        Assert.Equal("cumulative", state.GetProperty("mode").GetString());

        // The step-back button steps back; Space plays and pauses. At the slowest speed from the 28th, playback lasts
        // at least 6 s before it stops by itself at the collection's end (the 31st), so the pause is Space's.
        await page.GetByTestId("playback-speed").SelectOptionAsync(["0.5"]);
        foreach (var day in new[] { "2021-07-30", "2021-07-29", "2021-07-28" })
        {
            await page.GetByTestId("playback-back").ClickAsync();
            await Assertions.Expect(playback).ToHaveAttributeAsync("data-date", day);
        }

        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(playback).ToHaveAttributeAsync("data-playing", "true");
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(playback).ToHaveAttributeAsync("data-playing", "false");
        Assert.NotEqual("2021-07-31", await playback.GetAttributeAsync("data-date"));

        // A date set by hand ends playback.
        await page.GetByTestId("filter-from").FillAsync("2021-07-05");
        await page.GetByTestId("filter-from").DispatchEventAsync("change");
        await Assertions.Expect(playback).ToHaveAttributeAsync("data-date", "");
        await page.EvaluateAsync("() => window.borderMap.settled()");
        Assert.DoesNotContain("at=", page.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    private const string MonthClaim = "taliban-accelerate-since-withdrawal";

    private const string SeedEvent = "crossing-into-badakhshan-2021-07-05";

    [Fact]
    public async Task A_claim_dated_to_a_month_shows_on_every_day_of_it_and_an_event_while_its_span_meets_the_day()
    {
        // The seed's event is the crossing of 5 July; the claim dated to the month (May to July 2021) is stored as 1 May – 5 July.
        // The view holds both, and the claim's symbol in the middle of Afghanistan.
        var page = await session.OpenAppAsync("#at=2021-07-04&mode=window-1&v=68.5,35.5,6");
        var playback = page.GetByTestId("playback");
        var marker = page.Locator($"[data-testid='event-marker'][data-event-id='{SeedEvent}']");
        var listed = page.Locator($"[data-testid='claim-list'] tbody tr[data-claim-id='{MonthClaim}']");
        await Assertions.Expect(listed).ToHaveCountAsync(1);
        await Assertions.Expect(marker).ToHaveCountAsync(0);

        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(playback).ToHaveAttributeAsync("data-date", "2021-07-05");
        await Assertions.Expect(marker).ToHaveCountAsync(1);
        await Assertions.Expect(listed).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(playback).ToHaveAttributeAsync("data-date", "2021-07-06");
        await Assertions.Expect(marker).ToHaveCountAsync(0);

        // Day by day past its stated end: still listed every day, and on the 15th the one claim listed and drawn.
        for (var day = 7; day <= 15; day++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
            await Assertions.Expect(playback).ToHaveAttributeAsync("data-date", $"2021-07-{day:00}");
            await Assertions.Expect(listed).ToHaveCountAsync(1);
        }

        Assert.Equal(1, await ListTotalAsync(page));
        Assert.Equal(1, await DrawnAsync(page));
        await Assertions.Expect(marker).ToHaveCountAsync(0);
        await page.CloseAsync();
    }

    private const string ExportStatus = ".export-status";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// Clicks Download and waits for the file, or fails with the dialog's message. A fast export can pass through
    /// "Rendering…" quicker than a poll, so every text the status shows is recorded as it changes and checked after.
    /// </summary>
    private static async Task<IDownload> DownloadAsync(IPage page)
    {
        await ShownStates.RecordAsync(page, ExportStatus);
        var downloaded = page.WaitForDownloadAsync(new() { Timeout = 300_000 });
        await page.GetByTestId("export-download").ClickAsync();
        var failed = page.Locator(".export-status.warning").WaitForAsync(new() { Timeout = 300_000 });
        if (await Task.WhenAny(downloaded, failed) == failed)
        {
            Assert.Fail($"The export failed: {await page.Locator(".export-status").TextContentAsync()}");
        }

        var shown = await ShownStates.ShownAsync(page, ExportStatus);
        Assert.Contains(shown, text => text?.StartsWith("Rendering 3 ", StringComparison.Ordinal) == true);
        return await downloaded;
    }

    [Fact]
    public async Task The_export_dialog_downloads_an_animation_and_small_multiples_of_the_playback_dates()
    {
        var page = await session.OpenAppAsync("#at=2021-07-05&mode=window-3");
        await page.GetByTestId("export-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("export-dialog")).ToBeVisibleAsync();
        await page.GetByTestId("export-kind").SelectOptionAsync(["animation"]);
        await page.GetByTestId("export-format").SelectOptionAsync(["png-seq"]);
        Assert.Equal("2021-07-03", await page.GetByTestId("export-from").InputValueAsync());
        Assert.Equal("2021-07-05", await page.GetByTestId("export-to").InputValueAsync());
        await Assertions.Expect(page.GetByTestId("export-frames")).ToHaveTextAsync("3 frames");

        // Too many frames is explained beside the step, before the server is asked.
        await page.GetByTestId("export-from").FillAsync("2010-01-01");
        await Assertions.Expect(page.Locator("#export-error-step")).ToContainTextAsync("4,204 frames; the limit is 1,000");
        await Assertions.Expect(page.GetByTestId("export-download")).ToBeDisabledAsync();
        await page.GetByTestId("export-from").FillAsync("2021-07-03");

        await page.GetByTestId("export-dpi").FillAsync("120");
        await page.GetByTestId("export-width").FillAsync("960");
        await page.GetByTestId("export-height").FillAsync("540");
        await Assertions.Expect(page.GetByTestId("export-download")).ToBeEnabledAsync();
        var download = await DownloadAsync(page);

        Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(await download.PathAsync());
        Assert.Equal(["frame-0001.png", "frame-0002.png", "frame-0003.png"], zip.Entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        foreach (var entry in zip.Entries)
        {
            await using var png = entry.Open();
            var signature = new byte[8];
            await png.ReadExactlyAsync(signature);
            Assert.Equal(PngSignature, signature);
        }

        await Assertions.Expect(page.Locator(".export-status")).ToContainTextAsync("Saved");
        await Assertions.Expect(page.GetByTestId("export-progress")).ToBeHiddenAsync();

        // The same days as small multiples: one PNG page of three maps.
        await page.GetByTestId("export-kind").SelectOptionAsync(["multiples"]);
        await Assertions.Expect(page.GetByTestId("export-format")).ToHaveValueAsync("png");
        await Assertions.Expect(page.GetByTestId("export-frames")).ToHaveTextAsync("3 maps");
        var page2 = await DownloadAsync(page);
        Assert.EndsWith(".png", page2.SuggestedFilename, StringComparison.Ordinal);
        await using var file = File.OpenRead(await page2.PathAsync());
        var header = new byte[8];
        await file.ReadExactlyAsync(header);
        Assert.Equal(PngSignature, header);
        await page.CloseAsync();
    }
}
