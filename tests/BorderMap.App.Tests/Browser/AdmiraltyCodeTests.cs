using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SkiaSharp;
using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The Layers panel's Admiralty switch labels each single claim on the map with its source's
/// reliability letter and its own credibility digit, in red for an unreliable source or an
/// improbable claim; the switch is part of the link.
/// </summary>
public class AdmiraltyCodeTests(EditorSession session, ITestOutputHelper output) : BrowserTest(output), IClassFixture<EditorSession>
{
    protected override BrowserSession Session => session;

    private const string ClaimId = "admiralty-rated-claim";

    /// <summary>The label colour of an unreliable source or improbable claim (map/admiraltyLabels.ts).</summary>
    private static readonly SKColor Untrusted = new(0xb0, 0x1d, 0x2b);

    [Fact]
    public async Task A_claim_from_an_unreliable_source_shows_its_code_in_red_under_its_symbol_once_switched_on()
    {
        await AddRatedClaimAsync();
        var page = await session.OpenAppAsync();
        await ClaimMap.ZoomToClaimAsync(page, ClaimId);
        var pixel = await ClaimMap.PixelAsync(page, ClaimId);
        var underSymbol = new Clip { X = (float)pixel[0] - 20, Y = (float)pixel[1] + 6, Width = 40, Height = 22 };

        var before = await RedPixelsAsync(page, underSymbol);
        await page.GetByTestId("admiralty-codes-toggle").CheckAsync();
        await page.EvaluateAsync("() => window.borderMap.settled()");
        var after = await RedPixelsAsync(page, underSymbol);

        Assert.Equal(0, before);
        Assert.True(after > 15, $"{after} pixels of the label's red under the symbol");
        Assert.Contains("codes=1", page.Url, StringComparison.Ordinal);

        await page.ReloadAsync();
        await BrowserSession.MapReadyAsync(page);
        await Assertions.Expect(page.GetByTestId("admiralty-codes-toggle")).ToBeCheckedAsync();
        await page.CloseAsync();
    }

    /// <summary>A source rated E (unreliable) and one claim from it rated 5 (improbable), alone in central Afghanistan.</summary>
    private async Task AddRatedClaimAsync()
    {
        using var client = new HttpClient { BaseAddress = session.Url };
        if ((await client.GetAsync(new Uri($"/api/claims/{ClaimId}", UriKind.Relative))).IsSuccessStatusCode)
        {
            return;
        }

        const string Text = "Constructed for BorderMap tests. A local channel said that fighters had taken the district centre overnight.";
        var source = await ApiClient.Created(await client.PostJson("/api/sources", new JsonObject
        {
            ["title"] = "Local channel report on Ghor (constructed)",
            ["publisher"] = "Constructed local channel",
            ["language"] = "en",
            ["publishedDate"] = "2021-07-06",
            ["reliability"] = "E",
            ["text"] = Text,
        }));
        var claim = ClaimBodies.Valid(ClaimId, p =>
        {
            p["source"] = source.GetProperty("id").GetString();
            p["quote"] = new JsonObject { ["text"] = "fighters had taken the district centre overnight" };
            p["translation"] = "fighters had taken the district centre overnight";
            p["place"] = "Chaghcharan";
            p["areas"] = new JsonArray();
            p["credibility"] = 5;
        });
        claim["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(64.9, 34.4) };
        await ApiClient.Created(await client.PostJson("/api/claims", claim));
    }

    /// <summary>How many pixels of the clip are within a small distance of the label's red.</summary>
    private static async Task<int> RedPixelsAsync(IPage page, Clip clip)
    {
        using var image = SKBitmap.Decode(await page.ScreenshotAsync(new PageScreenshotOptions { Clip = clip }));
        var count = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var c = image.GetPixel(x, y);
                count += Math.Abs(c.Red - Untrusted.Red) + Math.Abs(c.Green - Untrusted.Green) + Math.Abs(c.Blue - Untrusted.Blue) < 60 ? 1 : 0;
            }
        }

        return count;
    }
}
