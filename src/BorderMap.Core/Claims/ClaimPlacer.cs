using BorderMap.Core.Areas;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using NetTopologySuite.Operation.Union;

namespace BorderMap.Core.Claims;

/// <summary>
/// Turns a claim's references into a geometry and picks the anchor where its marker is drawn:
/// the point itself, the middle of a line, or a point guaranteed to lie inside a polygon.
/// </summary>
public sealed class ClaimPlacer(AreaCatalog areas)
{
    /// <summary>Places a claim whose data has already passed <see cref="ClaimValidator"/>.</summary>
    public Claim Place(string id, ClaimData data, Geometry? geometry)
    {
        var placed = geometry is { IsEmpty: false } ? geometry : Resolve(data.Refs);
        return new Claim(id, data, placed, Anchor(placed));
    }

    private Geometry Resolve(IReadOnlyList<string> refs)
    {
        var parts = new List<Geometry>();
        foreach (var text in refs)
        {
            var part = !GeometryRef.TryParse(text, out var reference) ? null : reference switch
            {
                RegionRef region => areas.Find(region.AreaId)?.Geometry,
                BorderRef border => areas.SharedBorder(border.AreaA, border.AreaB),
                _ => null,
            };
            parts.Add(part ?? throw new InvalidOperationException($"Reference '{text}' does not resolve; validate claims before placing them."));
        }

        // Adjacent provinces dissolve into one outline; a mix of areas and borders stays a collection.
        return parts.Count == 1 ? parts[0] : UnaryUnionOp.Union(parts);
    }

    /// <summary>Where the marker of a claim placed at <paramref name="geometry"/> is drawn.</summary>
    public static Point Anchor(Geometry geometry)
    {
        var factory = geometry.Factory;
        return geometry switch
        {
            Point point => point,
            MultiPoint points => (Point)points.GetGeometryN(0),
            LineString or MultiLineString => factory.CreatePoint(MidpointAlong(geometry)),
            _ => geometry.InteriorPoint,
        };
    }

    private static Coordinate MidpointAlong(Geometry lineal)
    {
        var indexed = new LengthIndexedLine(lineal);
        return indexed.ExtractPoint((indexed.StartIndex + indexed.EndIndex) / 2);
    }
}
