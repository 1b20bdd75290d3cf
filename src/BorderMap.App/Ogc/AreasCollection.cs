using System.Globalization;
using System.Text.Json.Nodes;
using BorderMap.App.Api;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;
using NetTopologySuite.Geometries;

namespace BorderMap.App.Ogc;

/// <summary>
/// The countries and provinces as an OGC API collection, in the catalog's order. They are a fixed,
/// small part of the app (not of the store), so paging is by position. Areas have no dates: a
/// <c>datetime</c> filter leaves every area in.
/// </summary>
internal sealed class AreasCollection(AreaCatalog areas) : OgcCollection
{
    private readonly Area[] _areas = [.. areas.All.Where(a => a.Kind != AreaKind.River)];

    public override string Id => "areas";

    public override string Title => "Areas";

    public override string Description => "Tajikistan, Afghanistan's provinces and the neighbouring countries, with their names in several languages.";

    public override Envelope SpatialExtent => Extent(_areas);

    public override IReadOnlyList<OgcQueryable> Queryables { get; } =
    [
        new("kind", "string", ["country", "province"], "areas of this kind"),
        new("country", "string", null, "areas of this country (ISO 3166-1 alpha-2, e.g. TJ)"),
    ];

    public override Task<(OgcPage? Page, IReadOnlyList<FieldProblem> Problems)> ItemsAsync(OgcItemsQuery query, CancellationToken cancel)
    {
        var start = 0;
        if (query.Cursor is { } cursor && !(cursor.StartsWith('a') && int.TryParse(cursor[1..], NumberStyles.None, CultureInfo.InvariantCulture, out start)))
        {
            return Task.FromResult<(OgcPage?, IReadOnlyList<FieldProblem>)>((null, [new FieldProblem("cursor", $"'{cursor}' is not a cursor; follow the next link as it is")]));
        }

        var kind = query.Properties.GetValueOrDefault("kind");
        if (kind is not (null or "country" or "province"))
        {
            return Task.FromResult<(OgcPage?, IReadOnlyList<FieldProblem>)>((null, [new FieldProblem("kind", $"'{kind}' is not country or province")]));
        }

        var country = query.Properties.GetValueOrDefault("country");
        var matching = _areas.Where(a =>
            (query.BoundingBox is not { } box || box.Intersects(a.Geometry.EnvelopeInternal) && a.Geometry.Intersects(a.Geometry.Factory.ToGeometry(box)))
            && (kind is null || a.Kind == (kind == "country" ? AreaKind.Country : AreaKind.Province))
            && (country is null || a.Country.Equals(country, StringComparison.OrdinalIgnoreCase))).ToList();
        var page = matching.Skip(start).Take(query.Limit).ToList();
        var next = start + page.Count < matching.Count ? "a" + (start + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult<(OgcPage?, IReadOnlyList<FieldProblem>)>((new OgcPage(page.Select(GeoJsonWriter.Feature), page.Count, next, matching.Count), []));
    }

    public override Task<JsonObject?> ItemAsync(string featureId, CancellationToken cancel) =>
        Task.FromResult(_areas.FirstOrDefault(a => a.Id == featureId) is { } area ? GeoJsonWriter.Feature(area) : null);

    private static Envelope Extent(IEnumerable<Area> all)
    {
        var extent = new Envelope();
        foreach (var area in all)
        {
            extent.ExpandToInclude(area.Geometry.EnvelopeInternal);
        }

        return extent;
    }
}
