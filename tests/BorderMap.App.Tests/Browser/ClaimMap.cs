using Microsoft.Playwright;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// The map's claims come from vector tiles that cluster below zoom 10, so a test that clicks one
/// claim first zooms in on it, as a user would: to its anchor (from the API), close enough that
/// the tiles hold single claims.
/// </summary>
internal static class ClaimMap
{
    /// <summary>A zoom at which the map draws single claims.</summary>
    public const int SingleClaimZoom = 12;

    /// <summary>Centres the map on the claim's anchor at <paramref name="zoom"/> and waits until it is drawn.</summary>
    public static async Task ZoomToClaimAsync(IPage page, string claimId, int zoom = SingleClaimZoom)
    {
        await page.EvaluateAsync(
            """
            async ([id, zoom]) => {
              const response = await fetch('api/claims/' + encodeURIComponent(id));
              const [lon, lat] = (await response.json()).properties.anchor;
              const x = lon * 20037508.342789244 / 180;
              const y = Math.log(Math.tan((90 + lat) * Math.PI / 360)) * 6378137;
              const view = window.borderMap.map.getView();
              view.setCenter([x, y]);
              view.setZoom(zoom);
              await window.borderMap.settled();
            }
            """,
            new object[] { claimId, zoom });
    }

    /// <summary>The client pixel of the claim's symbol once it is drawn on its own.</summary>
    public static async Task<double[]> PixelAsync(IPage page, string claimId)
    {
        var pixel = await page.WaitForFunctionAsync("id => window.borderMap.claimPixel(id)", claimId);
        return await pixel.JsonValueAsync<double[]>();
    }

    /// <summary>Zooms in on the claim and clicks its symbol.</summary>
    public static async Task ClickAsync(IPage page, string claimId)
    {
        await ZoomToClaimAsync(page, claimId);
        var pixel = await PixelAsync(page, claimId);
        await page.Mouse.ClickAsync((float)pixel[0], (float)pixel[1]);
    }
}
