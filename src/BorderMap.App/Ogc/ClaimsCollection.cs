using BorderMap.Core.Areas;
using System.Text.Json.Nodes;
using BorderMap.App.Api;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Storage;
using NetTopologySuite.Geometries;

namespace BorderMap.App.Ogc;

/// <summary>
/// The claims as an OGC API collection: the store's pages (keyset cursor, creation order), each
/// claim shaped as <c>/api/claims</c> shapes it. Filters are the store's own claim filter; the
/// number matched is counted on the first page only, so following <c>next</c> links costs a page each.
/// </summary>
internal sealed class ClaimsCollection(IClaimStore store, ClaimFilterParser parser, AreaCatalog areas) : OgcCollection
{
    /// <summary>OGC property names and the <c>/api/claims</c> parameter each one maps to.</summary>
    private static readonly Dictionary<string, string> FilterParameters = new(StringComparer.Ordinal)
    {
        ["category"] = "category",
        ["status"] = "status",
        ["geoPrecision"] = "precision",
        ["actor"] = "actor",
        ["region"] = "region",
        ["q"] = "q",
    };

    public override string Id => "claims";

    public override string Title => "Claims";

    public override string Description => "Statements from registered sources, each with its verbatim quote, dates and placement.";

    public override Envelope SpatialExtent { get; } = new(-180, 180, -90, 90);

    public override IReadOnlyList<OgcQueryable> Queryables { get; } =
    [
        new("category", "string", ClaimVocabulary.Categories, "claims of these categories (comma-separated)"),
        new("status", "string", ClaimVocabulary.Statuses, "claims of these statuses (comma-separated)"),
        new("geoPrecision", "integer", ["1", "2", "3", "4"], "claims placed this precisely: 1 exact site, 2 town or district, 3 province, 4 country"),
        new("actor", "string", null, "claims naming one of these actors (comma-separated, any case)"),
        new("region", "string", null, "claims in this country or province (ISO 3166 code, e.g. AF-BDS)"),
        new("source", "string", null, "claims quoting this registered source (its id)"),
        new("q", "string", null, "claims whose title, place, actors, quote, translation or note hold every word"),
    ];

    public override async Task<(OgcPage? Page, IReadOnlyList<FieldProblem> Problems)> ItemsAsync(OgcItemsQuery query, CancellationToken cancel)
    {
        var (filter, problems) = Filter(query);
        ClaimCursor? after = null;
        if (query.Cursor is { } text)
        {
            if (!ClaimCursor.TryParse(text, out var cursor) || cursor.Sort != ClaimSort.Created)
            {
                return (null, [.. problems, new FieldProblem("cursor", $"'{text}' is not a cursor; follow the next link as it is")]);
            }

            after = cursor;
        }

        if (filter is null || problems.Count > 0)
        {
            return (null, problems);
        }

        var page = await store.PageAsync(filter, after, Math.Min(query.Limit, IClaimStore.MaxPageSize), cancel);
        // numberMatched is optional in OGC API Features: a lower bound is left out rather than given as exact.
        long? matched = after is null && await store.FacetsAsync(filter, cancel) is { AtLeast: false } facets ? facets.Total : null;
        return (new OgcPage(page.Claims.Select(claim => GeoJsonWriter.Feature(claim, areas)), page.Claims.Count, page.Next?.ToString(), matched), []);
    }

    public override async Task<JsonObject?> ItemAsync(string featureId, CancellationToken cancel) =>
        await store.FindClaimAsync(featureId, cancel) is { } claim ? GeoJsonWriter.Feature(claim, areas) : null;

    private (ClaimFilter? Filter, IReadOnlyList<FieldProblem> Problems) Filter(OgcItemsQuery query)
    {
        var (filter, parsed) = parser.Parse(name => FilterParameters.FirstOrDefault(p => p.Value == name).Key is { } property ? query.Properties.GetValueOrDefault(property) : null);
        var problems = parsed.Select(p => p with { Field = FilterParameters.FirstOrDefault(f => f.Value == p.Field).Key ?? p.Field }).ToList();
        filter = filter is null ? null : filter with
        {
            BoundingBox = query.BoundingBox,
            From = query.From,
            To = query.To,
            Source = query.Properties.GetValueOrDefault("source"),
        };
        return (filter, problems);
    }
}
