using BorderMap.Core.Claims;

namespace BorderMap.Core.Measurement;

/// <summary>
/// What measurements are taken on: a description of each boundary layer's data (keyed by layer id)
/// and the published figures to set beside a measurement. Immutable.
/// </summary>
public sealed class MeasurementReferences(IReadOnlyDictionary<string, string> datasets, IReadOnlyList<ReferenceFigure> figures)
{
    public static readonly MeasurementReferences None = new(new Dictionary<string, string>(), []);

    public IReadOnlyList<ReferenceFigure> Figures { get; } = figures;

    /// <summary>The description of a boundary layer's data, or null when none is recorded.</summary>
    public string? DatasetOf(string layerId) => datasets.GetValueOrDefault(layerId);

    /// <summary>The figures for a geometry reference and quantity; a border matches with its sides in either order.</summary>
    public IReadOnlyList<ReferenceFigure> For(string reference, string quantity) =>
        [.. Figures.Where(f => f.Quantity == quantity && SameReference(f.Ref, reference))];

    private static bool SameReference(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        return GeometryRef.TryParse(a, out var first) && GeometryRef.TryParse(b, out var second)
            && first is BorderRef x && second is BorderRef y && x.AreaA == y.AreaB && x.AreaB == y.AreaA;
    }
}
