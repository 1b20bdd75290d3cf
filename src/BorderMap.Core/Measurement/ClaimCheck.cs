using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.Core.Measurement;

/// <summary>
/// A number a claim states about the geography, judged against what is known of it: the value
/// measured from the boundaries, with the data it was measured on and an uncertainty from that
/// data's resolution (<see cref="ResolutionUncertainty"/>), and the published reference figures.
/// The claim is <c>consistent</c> when the range its wording allows (<see cref="StatedValue"/>)
/// meets the range from <see cref="Low"/> to <see cref="High"/>, which spans the measurement ±
/// its uncertainty and every reference figure; <c>inconsistent</c> otherwise. The sign of
/// <see cref="Difference"/> says nothing on its own: coarse data measures short.
/// </summary>
public sealed record ClaimCheck(
    string Quantity,
    double Claimed,
    string Qualifier,
    double Measured,
    double Uncertainty,
    double Difference,
    string Basis,
    string MeasuredOn,
    IReadOnlyList<ReferenceFigure> References,
    double Low,
    double High,
    string Verdict)
{
    /// <summary>
    /// The checks that apply to a claim: a stated border length (<c>numbers.borderKm</c>) on a claim
    /// drawn as a line, measured as its geodesic length on WGS84; a stated area
    /// (<c>numbers.areaKm2</c>) on a claim drawn as a polygon, measured as its geodesic area.
    /// </summary>
    public static IReadOnlyList<ClaimCheck> For(Claim claim, AreaCatalog areas)
    {
        var checks = new List<ClaimCheck>();
        if (claim.Data.Numbers.TryGetValue("borderKm", out var km) && claim.Geometry is ILineal)
        {
            var measured = Geodesic.LengthKm(claim.Geometry);
            checks.Add(Judge(claim, areas, "borderKm", km, measured, ResolutionUncertainty.LengthKm(claim.Geometry), "geodesic length on WGS84"));
        }

        if (claim.Data.Numbers.TryGetValue("areaKm2", out var km2) && claim.Geometry is IPolygonal)
        {
            var measured = Geodesic.AreaKm2(claim.Geometry);
            checks.Add(Judge(claim, areas, "areaKm2", km2, measured, ResolutionUncertainty.AreaKm2(claim.Geometry), "geodesic area on WGS84"));
        }

        return checks;
    }

    private static ClaimCheck Judge(Claim claim, AreaCatalog areas, string quantity, double claimed, double measured, double uncertainty, string method)
    {
        var data = claim.Data;
        var references = data.Refs.SelectMany(r => areas.Measurement.For(r, quantity)).ToList();
        var low = references.Select(r => r.Value).Append(measured - uncertainty).Min();
        var high = references.Select(r => r.Value).Append(measured + uncertainty).Max();
        var stated = StatedValue.Read(claimed, data.Translation, data.Quote.Text);
        var basis = data.Refs.Count > 0 ? $"{method} of {string.Join(" + ", data.Refs)}" : $"{method} of the claim's own geometry";
        return new ClaimCheck(
            quantity,
            claimed,
            stated.Qualifier,
            Math.Round(measured, 1),
            Math.Round(uncertainty, 1),
            Math.Round(measured - claimed, 1),
            basis,
            DataOf(claim, areas),
            references,
            Math.Round(low, 1),
            Math.Round(high, 1),
            stated.Overlaps(low, high) ? "consistent" : "inconsistent");
    }

    /// <summary>The data a claim's geometry comes from, with its resolution.</summary>
    private static string DataOf(Claim claim, AreaCatalog areas)
    {
        var layers = claim.Data.Refs
            .Select(r => GeometryRef.TryParse(r, out var parsed) ? parsed : null)
            .SelectMany(r => r switch
            {
                BorderRef border => new[] { border.AreaA, border.AreaB },
                RegionRef region => [region.AreaId],
                _ => [],
            })
            .Select(id => areas.LayerOf(id)?.Id)
            .OfType<string>()
            .Distinct()
            .Select(id => areas.Measurement.DatasetOf(id) ?? $"the {id} boundary layer")
            .Distinct()
            .ToList();
        var data = layers.Count > 0 ? string.Join("; ", layers) : "the claim's own geometry as drawn";
        return FormattableString.Invariant($"{data}; vertices a median {ResolutionUncertainty.MedianSpacingKm(claim.Geometry):0.0} km apart");
    }
}
