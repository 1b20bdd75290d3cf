using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The Export dialog checks the size before asking the renderer: a width of 0 is explained beside
/// the field and changes neither the height nor the DPI, and Download waits for a real size. Every
/// control of the dialog, the Area radio buttons included, has a label.
/// </summary>
public class ExportDialogTests(BrowserSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<BrowserSession>
{
    protected override BrowserSession Session => session;

    private static async Task<ILocator> OpenExportAsync(IPage page)
    {
        await page.GetByTestId("export-button").ClickAsync();
        var dialog = page.GetByTestId("export-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");
        return dialog;
    }

    [Fact]
    public async Task A_width_of_0_is_explained_and_changes_neither_height_nor_DPI()
    {
        var page = await session.OpenAppAsync();
        var dialog = await OpenExportAsync(page);
        var width = page.GetByTestId("export-width");
        var height = page.GetByTestId("export-height");
        var dpi = page.GetByTestId("export-dpi");
        var download = page.GetByTestId("export-download");
        var (heightBefore, dpiBefore) = (await height.InputValueAsync(), await dpi.InputValueAsync());
        await Assertions.Expect(download).ToBeEnabledAsync();

        await width.FillAsync("0");

        var message = dialog.Locator("#export-error-width");
        await Assertions.Expect(message).ToBeVisibleAsync();
        await Assertions.Expect(message).ToContainTextAsync("whole number of pixels from 1 to 20,000");
        await Assertions.Expect(width).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(heightBefore, await height.InputValueAsync());
        Assert.Equal(dpiBefore, await dpi.InputValueAsync());
        await Assertions.Expect(download).ToBeDisabledAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");
        await Assertions.Expect(dialog.Locator(".preview-status")).ToHaveTextAsync("Correct the size to see a preview.");
        Assert.DoesNotContain("dpi=172000", await page.GetByTestId("export-preview").GetAttributeAsync("data-query") ?? "", StringComparison.Ordinal);

        // A real width clears the message, derives the height again and lets Download work.
        await width.FillAsync("1600");
        await Assertions.Expect(message).ToBeHiddenAsync();
        Assert.NotEqual(heightBefore, await height.InputValueAsync());
        await Assertions.Expect(download).ToBeEnabledAsync();

        // A DPI at which the page is smaller than the map needs says so at the DPI's own numbers.
        await dpi.FillAsync("1200");
        await Assertions.Expect(message).ToContainTextAsync("At 1200 DPI the width must be at least 3,600 px");
        await Assertions.Expect(download).ToBeDisabledAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Every_control_of_the_dialog_has_a_label()
    {
        // A selected region adds the second Area radio button.
        var page = await session.OpenAppAsync("#sel=area:AF-BDS");
        var dialog = await OpenExportAsync(page);
        await Assertions.Expect(page.GetByTestId("export-scope-region")).ToBeVisibleAsync();
        await page.GetByTestId("export-format").SelectOptionAsync(["svg"]);   // shows the outlines checkbox

        var unlabelled = await dialog.Locator("input, select, textarea").EvaluateAllAsync<string[]>(
            "controls => controls.filter(c => ![...c.labels].some(l => l.textContent.trim()) && !c.getAttribute('aria-label')).map(c => c.dataset.testid || c.outerHTML)");
        Assert.Empty(unlabelled);
        foreach (var control in await dialog.Locator("input, select").AllAsync())
        {
            if (await control.IsVisibleAsync())
            {
                await Assertions.Expect(control).ToHaveAccessibleNameAsync(new Regex(@"\w"));
            }
        }

        await Assertions.Expect(page.GetByTestId("export-scope-region")).ToHaveAccessibleNameAsync(new Regex("Badakhshan"));
        await Assertions.Expect(dialog.GetByLabel("Quotes")).ToHaveValueAsync("both");
        await page.CloseAsync();
    }
}
