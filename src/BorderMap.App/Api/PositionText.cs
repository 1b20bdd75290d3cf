using System.Globalization;
using BorderMap.Storage;

namespace BorderMap.App.Api;

/// <summary>
/// A store position as clients see it: "history.sources", e.g. "1042.3". It is what
/// <c>GET /api/changes</c> answers and takes back as <c>after</c>, and what tile ETags are made of.
/// </summary>
internal static class PositionText
{
    public static string Format(StorePosition position) =>
        string.Create(CultureInfo.InvariantCulture, $"{position.History}.{position.Sources}");

    public static bool TryParse(string? text, out StorePosition position)
    {
        position = default;
        var parts = text?.Split('.');
        if (parts is not [var history, var sources]
            || !long.TryParse(history, NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !long.TryParse(sources, NumberStyles.None, CultureInfo.InvariantCulture, out var s))
        {
            return false;
        }

        position = new StorePosition(h, s);
        return true;
    }
}
