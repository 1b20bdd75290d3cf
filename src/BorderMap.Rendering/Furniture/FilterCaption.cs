using BorderMap.Core.Areas;
using BorderMap.Core.Queries;
using BorderMap.Rendering.Text;
using NetTopologySuite.Geometries;

namespace BorderMap.Rendering.Furniture;

/// <summary>
/// What the footer says the map's claims are: the filter in words, and the area by name, never as
/// an id or coordinates: the region's name (with its country for a province), the countries a
/// bounding box covers (most covered first), or, for the whole view, Tajikistan and Afghanistan.
/// </summary>
internal static class FilterCaption
{
    public const string WholeView = "Tajikistan and Afghanistan";

    public static string For(ClaimFilter filter, AreaCatalog areas)
    {
        var rest = filter with { Region = null, BoundingBox = null };
        var area = AreaName(filter, areas);
        return rest == ClaimFilter.All ? $"all claims in {area}" : $"{rest.Describe()}; in {area}";
    }

    public static string AreaName(ClaimFilter filter, AreaCatalog areas)
    {
        if (filter.Region is { } id && areas.Find(id) is { } region)
        {
            return region.Kind == AreaKind.Country || areas.Find(region.Country) is not { } country
                ? region.Name
                : $"{region.Name}, {country.Name}";
        }

        if (filter.BoundingBox is { } box)
        {
            var frame = new GeometryFactory().ToGeometry(box);
            var covered = (areas.FindLayer("countries")?.Areas ?? [])
                .Select(c => (c.Name, Overlap: c.Geometry.EnvelopeInternal.Intersects(box) ? c.Geometry.Intersection(frame).Area : 0))
                .Where(c => c.Overlap > 0)
                .OrderByDescending(c => c.Overlap)
                .Select(c => c.Name)
                .ToList();
            return covered.Count == 0 ? "an area outside the mapped countries" : "the part of " + EnglishList.Join(covered) + " in the frame";
        }

        return WholeView;
    }
}
