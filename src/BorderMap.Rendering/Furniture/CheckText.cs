using System.Globalization;
using BorderMap.Core.Measurement;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// A measured check as one printed line: the stated number with its qualifier, the measurement ±
/// its uncertainty and the data it was measured on, the published figures and the verdict.
/// </summary>
internal static class CheckText
{
    public static string For(ClaimCheck check)
    {
        var unit = check.Quantity.EndsWith("Km2", StringComparison.OrdinalIgnoreCase) ? " km²"
            : check.Quantity.EndsWith("Km", StringComparison.OrdinalIgnoreCase) ? " km" : string.Empty;
        var qualifier = check.Qualifier == "exact" ? string.Empty : check.Qualifier + " ";
        var published = string.Concat(check.References.Select(r => Invariant($"; published {r.Value:#,0.#}{unit} ({r.Source})")));
        return Invariant($"Stated {qualifier}{check.Claimed:#,0.#}{unit}: {check.Verdict}. Measured {check.Measured:#,0.0} ± {check.Uncertainty:#,0.#}{unit}, {check.Basis} on {check.MeasuredOn}{published}.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
