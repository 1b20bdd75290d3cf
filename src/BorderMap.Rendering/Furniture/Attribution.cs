using System.Globalization;
using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Text;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// The footer: what the map shows (filters, claim count), when it was exported, and the credits
/// and licences of the data and fonts it is drawn from (geodata/SOURCES.md, Fonts/README.md).
/// </summary>
internal static class Attribution
{
    public const string Credits =
        "Boundaries: Natural Earth 10m (public domain), simplified in QGIS (GPL-2+). Names: Unicode CLDR 48 (Unicode-3.0). " +
        "River: GSHHG/WDBII (LGPL-3+). Town positions: © GeoNames (CC-BY-4.0). Fonts: Noto Sans and Noto Naskh Arabic (SIL OFL 1.1), " +
        "DejaVu Sans (Bitstream Vera licence). Projection: Web Mercator.";

    public static TextBlock Compose(TextWrapper wrapper, string filterDescription, int shown, DateOnly date, float width)
    {
        var claims = shown == 1 ? "1 claim" : string.Create(CultureInfo.InvariantCulture, $"{shown:N0} claims");
        var summary = $"Claims: {filterDescription} ({claims} on the map). Exported {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} with BorderMap.";
        var style = new TextStyle(6.5f, FontWeight.Regular, Ink.Muted);
        return new TextBlock().Add(wrapper.Wrap(summary, style, width)).Add(wrapper.Wrap(Credits, style, width));
    }
}
