using BorderMap.Core.Measurement;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Linemerge;

namespace BorderMap.Core.Areas;

/// <summary>
/// All boundary layers, indexed by area id. Immutable after construction, so it is safe to share
/// between request threads.
/// </summary>
public sealed class AreaCatalog
{
    private readonly Dictionary<string, Area> _byId;

    public AreaCatalog(IReadOnlyList<AreaLayer> layers)
    {
        Layers = layers;
        _byId = layers.SelectMany(l => l.Areas).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<AreaLayer> Layers { get; }

    /// <summary>What the boundary data is and the published figures to measure it against.</summary>
    public MeasurementReferences Measurement { get; init; } = MeasurementReferences.None;

    public IEnumerable<Area> All => _byId.Values;

    public AreaLayer? FindLayer(string id) => Layers.FirstOrDefault(l => l.Id == id);

    public Area? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The layer an area belongs to, or null for an unknown id.</summary>
    public AreaLayer? LayerOf(string id) => Layers.FirstOrDefault(l => l.Areas.Any(a => a.Id == id));

    /// <summary>
    /// The line two areas share. The boundary data is built so that neighbours share vertices
    /// exactly, so the intersection of the two polygons is purely lineal; any point contacts are
    /// dropped and touching segments are merged into the longest possible lines. Returns null when
    /// either id is unknown; an empty geometry when the areas do not touch.
    /// </summary>
    public Geometry? SharedBorder(string areaIdA, string areaIdB)
    {
        if (Find(areaIdA) is not { } a || Find(areaIdB) is not { } b)
        {
            return null;
        }

        var contact = a.Geometry.Intersection(b.Geometry);
        var merger = new LineMerger();
        for (var i = 0; i < contact.NumGeometries; i++)
        {
            if (contact.GetGeometryN(i) is LineString line)
            {
                merger.Add(line);
            }
        }

        var lines = merger.GetMergedLineStrings().Cast<LineString>().OrderByDescending(l => l.Length).ToArray();
        return lines.Length == 1 ? lines[0] : a.Geometry.Factory.CreateMultiLineString(lines);
    }
}
